-- Drops: what a brand publishes for its members to pass on, with a public
-- landing page from the time it goes live.
CREATE TABLE drops (
    id BIGSERIAL PRIMARY KEY,
    brand_id BIGINT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    -- Topic tags, lower case, separated by commas.
    tags TEXT NOT NULL,
    product_id BIGINT REFERENCES products(id) ON DELETE SET NULL,
    display_key TEXT,
    thumb_key TEXT,
    live_from TIMESTAMP NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX drops_of_brand ON drops (brand_id, live_from);

-- A member shares only after turning it on themselves.
ALTER TABLE members ADD COLUMN sharing_since TIMESTAMP;

-- A member's short link to a drop. The sharer's city and age band are kept
-- with it, so the report by segment holds after the member leaves (the link
-- then names no one).
CREATE TABLE share_links (
    id BIGSERIAL PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    drop_id BIGINT NOT NULL REFERENCES drops(id) ON DELETE CASCADE,
    member_id BIGINT REFERENCES members(id) ON DELETE SET NULL,
    city TEXT NOT NULL,
    age_band TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (drop_id, member_id)
);

-- One row per visitor, link, generation and day: the visitor is a hash salted
-- with that day's salt, which is deleted once the day is rolled up. Nothing
-- else about a visitor is kept: no address, no browser, no time of day.
CREATE TABLE share_visits (
    link_id BIGINT NOT NULL REFERENCES share_links(id) ON DELETE CASCADE,
    generation INTEGER NOT NULL,
    day DATE NOT NULL,
    visitor TEXT NOT NULL,
    preview BOOLEAN NOT NULL,
    -- By day first: a day's visits are totalled, and old days deleted, together.
    PRIMARY KEY (day, link_id, generation, visitor, preview)
);

-- Each day's salt while the day lasts; rolled_at says its visits are totalled.
CREATE TABLE share_days (
    day DATE PRIMARY KEY,
    salt TEXT,
    rolled_at TIMESTAMP
);

-- Daily totals per link and generation, kept after the visits are deleted.
CREATE TABLE share_totals (
    link_id BIGINT NOT NULL REFERENCES share_links(id) ON DELETE CASCADE,
    generation INTEGER NOT NULL,
    day DATE NOT NULL,
    clicks INTEGER NOT NULL,
    previews INTEGER NOT NULL,
    PRIMARY KEY (link_id, generation, day)
);
