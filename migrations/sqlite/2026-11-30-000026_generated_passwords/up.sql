-- A staff account whose password was generated (by an admin or a manager)
-- chooses its own before anything else.
ALTER TABLE users ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;
