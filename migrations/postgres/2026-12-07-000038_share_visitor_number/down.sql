ALTER TABLE share_visits
    ALTER COLUMN visitor TYPE TEXT
    USING lpad(to_hex(visitor), 16, '0');
