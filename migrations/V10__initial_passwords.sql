-- A password an administrator set (a new account, a reset) is a temporary one: its owner replaces it at the next
-- login before doing anything else.
ALTER TABLE account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
