DROP TABLE term_stats;
