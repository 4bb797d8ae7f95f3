DROP INDEX posts_member_hidden;
