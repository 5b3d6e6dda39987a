-- An organization may join an alliance several times, but not twice in the same period: concurrent saves of the
-- same membership must not both succeed. The name ends in "joined" so that a refusal is shown beside that field.
ALTER TABLE membership ADD CONSTRAINT membership_unique_joined
    UNIQUE (organization_id, alliance_id, joined_earliest, joined_latest);
