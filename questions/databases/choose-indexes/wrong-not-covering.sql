-- Searches query 2 by status and date, but every matching row is then read from the table.
CREATE INDEX orders_customer_created ON orders (customer_id, created_at);
CREATE INDEX orders_status_created ON orders (status, created_at);
CREATE UNIQUE INDEX sessions_token ON sessions (token);
