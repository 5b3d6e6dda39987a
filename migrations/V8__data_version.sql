-- The data version: the feed head counts every write and keeps the time of the latest one, for ETags.
ALTER TABLE feed_head ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
UPDATE feed_head SET changed_at = CURRENT_TIMESTAMP WHERE id = 1;
