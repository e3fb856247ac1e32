-- Covering, but customer_id sits between status and created_at, so the date range cannot narrow the search.
CREATE INDEX orders_customer_created ON orders (customer_id, created_at);
CREATE INDEX orders_status_customer ON orders (status, customer_id, created_at, total_cents);
CREATE UNIQUE INDEX sessions_token ON sessions (token);
