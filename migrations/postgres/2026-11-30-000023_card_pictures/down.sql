DROP TABLE card_pictures;
