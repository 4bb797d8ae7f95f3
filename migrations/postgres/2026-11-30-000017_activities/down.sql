DROP TABLE activity_stats;
DROP TABLE answer_photos;
DROP TABLE activity_responses;
DROP TABLE activity_tasks;
DROP TABLE activities;
ALTER TABLE brands DROP COLUMN participation_target;
