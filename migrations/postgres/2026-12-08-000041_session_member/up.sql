-- The member a session signed in, beside its state: the session's statement
-- then reads the member's access with it, so a member's page makes one
-- statement where it made two. No foreign key: a session outlives a member
-- who leaves only until its next read, which then finds no member.
ALTER TABLE sessions ADD COLUMN member_id BIGINT;
