CREATE INDEX orders_customer_created ON orders (customer_id, created_at);
CREATE INDEX orders_status_created_cover ON orders (status, created_at, customer_id, total_cents);
CREATE UNIQUE INDEX sessions_token ON sessions (token);
