-- One index per column: more indexes than allowed, none composite, and the token is not unique.
CREATE INDEX o1 ON orders (customer_id);
CREATE INDEX o2 ON orders (created_at);
CREATE INDEX o3 ON orders (status);
CREATE INDEX s1 ON sessions (token);
