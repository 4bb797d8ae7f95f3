DROP TABLE sessions;
DROP TABLE login_attempts;
DROP TABLE posts;
DROP TABLE members;
DROP TABLE invites;
DROP TABLE cohorts;
DROP TABLE users;
DROP TABLE brands;
