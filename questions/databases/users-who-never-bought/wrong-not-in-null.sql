-- NOT IN over a column that contains NULL: once a guest purchase exists, nobody is returned.
SELECT id, email FROM users WHERE id NOT IN (SELECT user_id FROM purchases) ORDER BY id;
