DELETE FROM users WHERE role = 'observer';
