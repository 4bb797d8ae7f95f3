-- A brand's accent colour on its members' pages and its drops' landing pages (#rrggbb; none: Cohorts' own blue).
ALTER TABLE brands ADD COLUMN accent TEXT;
