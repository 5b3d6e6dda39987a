-- Writers of the audit log lock this row until they commit, so audit ids become visible in increasing order and
-- a reader of the change feed that has seen id N never later finds an id below N appear.
CREATE TABLE feed_head (
    id INTEGER PRIMARY KEY,
    writes BIGINT DEFAULT 0 NOT NULL
);
INSERT INTO feed_head (id, writes) VALUES (1, 0);
