-- The language an invitation is written in, and its join page shown in
-- (NULL for invites made before it was asked: English mail, the browser's page).
ALTER TABLE invites ADD COLUMN language TEXT;
