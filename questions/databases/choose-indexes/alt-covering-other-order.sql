-- Covers query 2 with the carried-along columns in the other order; the plan is the same.
CREATE INDEX orders_by_customer ON orders (customer_id, created_at DESC);
CREATE INDEX paid_orders ON orders (status, created_at, total_cents, customer_id);
CREATE UNIQUE INDEX session_tokens ON sessions (token);
