ALTER TABLE drops DROP COLUMN target_url;
DROP TABLE share_domains;
