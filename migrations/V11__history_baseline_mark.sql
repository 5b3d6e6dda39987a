-- The schema version at which the history baseline last found every record in the history: a start at the same
-- version skips the scan (only a migration adds records behind the application's back). Null: scan at next start.
ALTER TABLE feed_head ADD COLUMN baseline_schema_version VARCHAR(50);
