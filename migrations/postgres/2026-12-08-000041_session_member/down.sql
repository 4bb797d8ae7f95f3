ALTER TABLE sessions DROP COLUMN member_id;
