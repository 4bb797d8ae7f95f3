-- The time zone a member picked among their country's (NULL: the country's
-- most populous one).
ALTER TABLE members ADD COLUMN time_zone TEXT;
