DROP INDEX posts_product;
ALTER TABLE posts DROP COLUMN product_id;
DROP TABLE products;
