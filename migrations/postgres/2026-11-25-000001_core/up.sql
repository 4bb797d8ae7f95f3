CREATE TABLE brands (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    anonymity_k INTEGER NOT NULL DEFAULT 5 CHECK (anonymity_k >= 3),
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE users (
    id BIGSERIAL PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'manager')),
    brand_id BIGINT REFERENCES brands(id) ON DELETE CASCADE,
    disabled_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE cohorts (
    id BIGSERIAL PRIMARY KEY,
    brand_id BIGINT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL,
    theme TEXT NOT NULL,
    cities TEXT NOT NULL,
    capacity INTEGER NOT NULL CHECK (capacity BETWEEN 100 AND 250),
    members_count INTEGER NOT NULL DEFAULT 0 CHECK (members_count >= 0 AND members_count <= capacity),
    created_by BIGINT NOT NULL REFERENCES users(id),
    created_at TIMESTAMP NOT NULL,
    UNIQUE (brand_id, name)
);

CREATE TABLE invites (
    id BIGSERIAL PRIMARY KEY,
    cohort_id BIGINT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('email', 'link')),
    email TEXT,
    label TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    max_uses INTEGER NOT NULL CHECK (max_uses >= 1),
    uses INTEGER NOT NULL DEFAULT 0 CHECK (uses >= 0 AND uses <= max_uses),
    expires_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP,
    created_by BIGINT NOT NULL REFERENCES users(id),
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX invites_cohort ON invites (cohort_id, created_at);
CREATE UNIQUE INDEX invites_cohort_email ON invites (cohort_id, email);

CREATE TABLE members (
    id BIGSERIAL PRIMARY KEY,
    cohort_id BIGINT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    invite_id BIGINT REFERENCES invites(id) ON DELETE SET NULL,
    display_name TEXT NOT NULL,
    city TEXT NOT NULL,
    birth_year INTEGER NOT NULL,
    birth_month INTEGER NOT NULL CHECK (birth_month BETWEEN 1 AND 12),
    country TEXT NOT NULL,
    guardian_consent INTEGER NOT NULL DEFAULT 0,
    email TEXT,
    access_token_hash TEXT NOT NULL UNIQUE,
    consented_at TIMESTAMP NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX members_cohort ON members (cohort_id, created_at);

CREATE TABLE posts (
    id BIGSERIAL PRIMARY KEY,
    cohort_id BIGINT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('post', 'review')),
    product TEXT,
    rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    title TEXT,
    body TEXT NOT NULL,
    city TEXT NOT NULL,
    age_band TEXT NOT NULL,
    hidden_reason TEXT,
    hidden_by BIGINT REFERENCES users(id),
    hidden_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX posts_cohort_created ON posts (cohort_id, created_at DESC, id DESC);
CREATE INDEX posts_member ON posts (member_id);

CREATE TABLE login_attempts (
    id BIGSERIAL PRIMARY KEY,
    ip TEXT NOT NULL,
    attempted_at TIMESTAMP NOT NULL
);
CREATE INDEX login_attempts_ip ON login_attempts (ip, attempted_at);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);
