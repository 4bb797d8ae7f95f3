-- Counts the changes to a brand's product catalogue: read with the brand on
-- every page, it names the catalogue's state, so the product lists kept in
-- memory are used until it moves and never after.
ALTER TABLE brands ADD COLUMN catalogue_version BIGINT NOT NULL DEFAULT 0;
