CREATE TABLE share_visits_by_text (
    link_id BIGINT NOT NULL REFERENCES share_links(id) ON DELETE CASCADE,
    generation INTEGER NOT NULL,
    day DATE NOT NULL,
    visitor TEXT NOT NULL,
    preview BOOLEAN NOT NULL,
    PRIMARY KEY (day, link_id, generation, visitor, preview)
) WITHOUT ROWID;

INSERT INTO share_visits_by_text (link_id, generation, day, visitor, preview)
SELECT link_id, generation, day, printf('%016x', visitor), preview FROM share_visits;

DROP TABLE share_visits;
ALTER TABLE share_visits_by_text RENAME TO share_visits;
