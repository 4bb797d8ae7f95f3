DROP TABLE activity_terms;
