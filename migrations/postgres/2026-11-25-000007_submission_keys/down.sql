DROP INDEX members_submission_key;
ALTER TABLE members DROP COLUMN submission_key;
DROP INDEX posts_submission_key;
ALTER TABLE posts DROP COLUMN submission_key;
