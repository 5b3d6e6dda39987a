-- The changes an applied import made carry its id, so that the whole import can be undone in one step: an import
-- being undone has the status UNDOING, and an undone one keeps its file and counts with the status UNDONE.
ALTER TABLE audit_entry ADD COLUMN import_job_id BIGINT;
CREATE INDEX audit_entry_import_job ON audit_entry (import_job_id, id);
ALTER TABLE import_job DROP CONSTRAINT import_job_status;
ALTER TABLE import_job ADD CONSTRAINT import_job_status
    CHECK (status IN ('PREVIEWED', 'RUNNING', 'DONE', 'FAILED', 'UNDOING', 'UNDONE'));
-- When the job started running or being undone: a job still at it long after its transaction's timeout was stopped
-- with its server, and its page says so.
ALTER TABLE import_job ADD COLUMN started_at TIMESTAMP WITH TIME ZONE;
