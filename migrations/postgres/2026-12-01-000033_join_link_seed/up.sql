-- What a join link's token is worked out from with the app's key, so staff can see the link again while it is valid (the token itself is still stored only as a hash).
ALTER TABLE invites ADD COLUMN link_seed TEXT;
