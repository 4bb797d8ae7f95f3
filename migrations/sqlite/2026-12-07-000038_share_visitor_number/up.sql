-- A visitor is kept as a 64-bit number (the first eight bytes of the salted
-- hash) instead of 32 hexadecimal characters: the rows and their key are
-- smaller, so the writer stores a busy link's visits with less work. Among a
-- day's visitors of one link the chance of two sharing a number is under one in
-- ten million even at a million visitors.
CREATE TABLE share_visits_by_number (
    link_id BIGINT NOT NULL REFERENCES share_links(id) ON DELETE CASCADE,
    generation INTEGER NOT NULL,
    day DATE NOT NULL,
    visitor BIGINT NOT NULL,
    preview BOOLEAN NOT NULL,
    PRIMARY KEY (day, link_id, generation, visitor, preview)
) WITHOUT ROWID;

-- SQLite cannot read hexadecimal, so visits already stored are numbered
-- instead: each keeps its own row, and the day's counts stay as they were.
INSERT INTO share_visits_by_number (link_id, generation, day, visitor, preview)
SELECT link_id, generation, day,
       ROW_NUMBER() OVER (PARTITION BY day, link_id, generation, preview ORDER BY visitor),
       preview
FROM share_visits;

DROP TABLE share_visits;
ALTER TABLE share_visits_by_number RENAME TO share_visits;
