-- A CSV import may hold a project's backers (ImportJob.Kind.BACKINGS), besides memberships and organizations.
ALTER TABLE import_job DROP CONSTRAINT import_job_kind;
ALTER TABLE import_job ADD CONSTRAINT import_job_kind CHECK (kind IN ('MEMBERSHIPS', 'ORGANIZATIONS', 'BACKINGS'));
