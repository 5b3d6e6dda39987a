-- The history page lists the changes one person made, or those to one kind of record, newest first and a page at a
-- time (HistoryResource): each in the order of an index, whatever the length of the history.
CREATE INDEX audit_entry_username ON audit_entry (username, id);
CREATE INDEX audit_entry_type ON audit_entry (record_type, id);
