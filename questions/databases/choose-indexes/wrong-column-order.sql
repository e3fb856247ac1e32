-- Puts the range column first: (created_at, customer_id) cannot serve "customer_id = ? ORDER BY created_at".
CREATE INDEX orders_created_customer ON orders (created_at, customer_id);
CREATE INDEX orders_status_created_cover ON orders (status, created_at, customer_id, total_cents);
CREATE UNIQUE INDEX sessions_token ON sessions (token);
