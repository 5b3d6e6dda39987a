-- A deletion also deletes the records that depend on the deleted one and takes it out of the records that name it
-- (an organization's memberships, a source's citations). Each of those changes names the deletion that made it, so
-- that reverting the deletion reverts them too.
ALTER TABLE audit_entry ADD COLUMN cascade_of_entry_id BIGINT;
CREATE INDEX audit_entry_cascade_of ON audit_entry (cascade_of_entry_id);
