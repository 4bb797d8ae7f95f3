DROP TABLE tester_reminders;
