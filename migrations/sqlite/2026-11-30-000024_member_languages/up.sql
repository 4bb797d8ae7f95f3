-- The language a member reads Cohorts and its mails in (NULL: their browser's).
ALTER TABLE members ADD COLUMN language TEXT;
