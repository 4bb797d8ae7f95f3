-- Each brand keeps a catalogue of its products; reviews pick from it instead
-- of naming a product in free text. A product's name is unique per brand
-- whatever its case and spacing (name_key), and it is either released or
-- still under embargo.
CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    brand_id BIGINT NOT NULL REFERENCES brands(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    released BOOLEAN NOT NULL DEFAULT TRUE,
    display_key TEXT,
    thumb_key TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (brand_id, name_key)
);
-- The products already reviewed become the brand's catalogue; names that differ
-- only in case or outer spaces become one product.
INSERT INTO products (brand_id, name, name_key, released, created_at, updated_at)
SELECT c.brand_id, min(trim(p.product)), lower(trim(p.product)), TRUE, min(p.created_at), min(p.created_at)
FROM posts p JOIN cohorts c ON c.id = p.cohort_id
WHERE p.product IS NOT NULL AND trim(p.product) <> ''
GROUP BY c.brand_id, lower(trim(p.product));
-- A review names its product by id; posts.product keeps the product's name,
-- as the aggregates do, and follows a rename.
ALTER TABLE posts ADD COLUMN product_id BIGINT REFERENCES products(id);
-- Before the rows change: PostgreSQL builds no index on a table with trigger
-- events pending in the transaction.
CREATE INDEX posts_product ON posts (product_id) WHERE product_id IS NOT NULL;
UPDATE posts SET
    product_id = (SELECT pr.id FROM products pr JOIN cohorts c ON c.brand_id = pr.brand_id
                  WHERE c.id = posts.cohort_id AND pr.name_key = lower(trim(posts.product))),
    product = (SELECT pr.name FROM products pr JOIN cohorts c ON c.brand_id = pr.brand_id
               WHERE c.id = posts.cohort_id AND pr.name_key = lower(trim(posts.product)))
WHERE product IS NOT NULL AND trim(product) <> '';
-- The aggregates' rows of one product under different spellings become one.
CREATE TABLE post_stats_merged AS
SELECT s.cohort_id, s.member_id, max(s.city) AS city, s.age_band, s.kind,
    COALESCE(pr.name, s.product) AS product, s.week,
    sum(s.posts) AS posts, sum(s.scored) AS scored, sum(s.score_sum) AS score_sum,
    sum(s.positive) AS positive, sum(s.neutral) AS neutral, sum(s.negative) AS negative,
    sum(s.unscored) AS unscored, sum(s.ratings) AS ratings, sum(s.rating_sum) AS rating_sum,
    sum(s.rated_1) AS rated_1, sum(s.rated_2) AS rated_2, sum(s.rated_3) AS rated_3,
    sum(s.rated_4) AS rated_4, sum(s.rated_5) AS rated_5
FROM post_stats s JOIN cohorts c ON c.id = s.cohort_id
LEFT JOIN products pr ON pr.brand_id = c.brand_id AND pr.name_key = lower(trim(s.product))
GROUP BY s.cohort_id, s.member_id, s.age_band, s.kind, COALESCE(pr.name, s.product), s.week;
DELETE FROM post_stats;
INSERT INTO post_stats (cohort_id, member_id, city, age_band, kind, product, week, posts,
    scored, score_sum, positive, neutral, negative, unscored, ratings, rating_sum,
    rated_1, rated_2, rated_3, rated_4, rated_5)
SELECT cohort_id, member_id, city, age_band, kind, product, week, posts,
    scored, score_sum, positive, neutral, negative, unscored, ratings, rating_sum,
    rated_1, rated_2, rated_3, rated_4, rated_5
FROM post_stats_merged;
DROP TABLE post_stats_merged;
CREATE TABLE term_stats_merged AS
SELECT s.cohort_id, s.member_id, max(s.city) AS city, s.age_band,
    COALESCE(pr.name, s.product) AS product, s.term, sum(s.posts) AS posts
FROM term_stats s JOIN cohorts c ON c.id = s.cohort_id
LEFT JOIN products pr ON pr.brand_id = c.brand_id AND pr.name_key = lower(trim(s.product))
GROUP BY s.cohort_id, s.member_id, s.age_band, COALESCE(pr.name, s.product), s.term;
DELETE FROM term_stats;
INSERT INTO term_stats (cohort_id, member_id, city, age_band, product, term, posts)
SELECT cohort_id, member_id, city, age_band, product, term, posts FROM term_stats_merged;
DROP TABLE term_stats_merged;
