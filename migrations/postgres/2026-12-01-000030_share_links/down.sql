DROP TABLE share_totals;
DROP TABLE share_days;
DROP TABLE share_visits;
DROP TABLE share_links;
ALTER TABLE members DROP COLUMN sharing_since;
DROP TABLE drops;
