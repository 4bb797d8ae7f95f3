-- Each form carries a one-time key; a form sent twice (a double click, a retry)
-- finds its key taken and creates nothing more.
ALTER TABLE posts ADD COLUMN submission_key TEXT;
CREATE UNIQUE INDEX posts_submission_key ON posts (submission_key);
ALTER TABLE members ADD COLUMN submission_key TEXT;
CREATE UNIQUE INDEX members_submission_key ON members (submission_key);
