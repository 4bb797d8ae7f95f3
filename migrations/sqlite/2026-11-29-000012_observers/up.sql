-- Observers: brand colleagues and agencies who read released figures only.
-- SQLite cannot change a CHECK constraint in place, so the table is rebuilt the
-- way SQLite's documentation sets out: foreign keys off (outside a transaction,
-- hence metadata.toml), the copy in one transaction, every reference checked
-- before it commits, foreign keys on again.
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE users_rebuilt (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'manager', 'observer')),
    brand_id BIGINT REFERENCES brands(id) ON DELETE CASCADE,
    disabled_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    last_digest_at TIMESTAMP
);
INSERT INTO users_rebuilt (id, email, password_hash, role, brand_id, disabled_at, created_at, time_zone, last_digest_at)
SELECT id, email, password_hash, role, brand_id, disabled_at, created_at, time_zone, last_digest_at FROM users;
DROP TABLE users;
ALTER TABLE users_rebuilt RENAME TO users;
-- Fails the migration, leaving the transaction to roll back, if any reference
-- lost its row.
CREATE TEMP TABLE references_intact (broken INTEGER NOT NULL CHECK (broken = 0));
INSERT INTO references_intact SELECT count(*) FROM pragma_foreign_key_check;
DROP TABLE references_intact;
COMMIT;
PRAGMA foreign_keys = ON;
