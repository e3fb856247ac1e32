SELECT u.id, u.email
FROM users u
WHERE NOT EXISTS (SELECT 1 FROM purchases p WHERE p.user_id = u.id)
ORDER BY u.id;
