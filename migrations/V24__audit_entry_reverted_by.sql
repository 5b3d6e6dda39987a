-- The history says beside each change which change reverted it, looked up by the reverted change's id for a page of
-- changes at once. PostgreSQL does not index a referencing column by itself.
CREATE INDEX audit_entry_reverts ON audit_entry (reverts_entry_id);
