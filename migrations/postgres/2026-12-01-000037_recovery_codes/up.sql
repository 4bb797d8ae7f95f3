-- Recovery codes for staff's two-step sign-in: each signs in once in place of
-- an authenticator app's code. Kept as SHA-256 only; used_at marks a used one.
CREATE TABLE recovery_codes (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    digest TEXT NOT NULL,
    used_at TIMESTAMP,
    PRIMARY KEY (user_id, digest)
);
