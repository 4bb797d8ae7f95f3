DROP INDEX posts_highlighted;
ALTER TABLE posts DROP COLUMN highlighted_by;
ALTER TABLE posts DROP COLUMN highlighted_at;
