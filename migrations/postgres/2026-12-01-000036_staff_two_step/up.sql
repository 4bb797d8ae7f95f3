-- Optional two-step sign-in for staff: the authenticator app's shared secret (base32; none: off) and the last time step a code was accepted for, so no code works twice.
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_step BIGINT;
