-- Joins on a mismatch, which lists every user who has any purchase by someone else.
SELECT DISTINCT u.id, u.email FROM users u JOIN purchases p ON p.user_id <> u.id ORDER BY u.id;
