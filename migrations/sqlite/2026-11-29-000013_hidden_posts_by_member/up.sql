-- A member's page tells them which of their posts staff hid, and why: the
-- look-up is by member among hidden posts only.
CREATE INDEX posts_member_hidden ON posts (member_id) WHERE hidden_at IS NOT NULL;
