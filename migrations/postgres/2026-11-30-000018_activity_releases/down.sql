DROP TABLE activity_releases;
