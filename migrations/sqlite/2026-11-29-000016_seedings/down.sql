DROP TABLE seedings;
