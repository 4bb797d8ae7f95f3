-- Product seeding: staff record which members were sent which product, and
-- each member confirms with one tap that it arrived. A member is sent a
-- product once.
CREATE TABLE seedings (
    id INTEGER PRIMARY KEY,
    cohort_id BIGINT NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    member_id BIGINT NOT NULL REFERENCES members(id) ON DELETE CASCADE,
    product_id BIGINT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    sent_by BIGINT REFERENCES users(id) ON DELETE SET NULL,
    sent_at TIMESTAMP NOT NULL,
    received_at TIMESTAMP,
    UNIQUE (member_id, product_id)
);
CREATE INDEX seedings_cohort ON seedings (cohort_id, product_id);
