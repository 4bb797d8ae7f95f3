DROP TABLE post_stats;
DROP TABLE audit_log;
ALTER TABLE posts DROP COLUMN label_override;
ALTER TABLE posts DROP COLUMN language;
ALTER TABLE posts DROP COLUMN sentiment_label;
ALTER TABLE posts DROP COLUMN sentiment_score;
