DROP TABLE releases;
ALTER TABLE brands DROP COLUMN epsilon_per_month;
