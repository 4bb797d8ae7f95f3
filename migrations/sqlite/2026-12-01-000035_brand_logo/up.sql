-- A brand's logo on its members' pages, its drops' landing pages and its members' mails: the stored PNG's key (none: the brand's name alone).
ALTER TABLE brands ADD COLUMN logo_key TEXT;
