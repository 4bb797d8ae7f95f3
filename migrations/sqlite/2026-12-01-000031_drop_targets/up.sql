-- The sites a brand's drops may send their visitors on to, and each drop's page there.
CREATE TABLE share_domains (
    brand_id BIGINT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    domain TEXT NOT NULL,
    PRIMARY KEY (brand_id, domain)
);
ALTER TABLE drops ADD COLUMN target_url TEXT;
