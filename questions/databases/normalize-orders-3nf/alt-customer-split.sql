-- Also 3NF (even BCNF): the customer's name and city in two tables keyed by email, other table names.
CREATE TABLE customer_names (customer_email TEXT PRIMARY KEY, customer_name TEXT NOT NULL);
CREATE TABLE customer_cities (customer_email TEXT PRIMARY KEY, customer_city TEXT NOT NULL);
CREATE TABLE catalogue (product_sku TEXT PRIMARY KEY, product_name TEXT NOT NULL, unit_price_cents INTEGER NOT NULL);
CREATE TABLE purchase (order_id INTEGER PRIMARY KEY, ordered_at TEXT NOT NULL, customer_email TEXT NOT NULL);
CREATE TABLE purchase_line (order_id INTEGER NOT NULL, product_sku TEXT NOT NULL, quantity INTEGER NOT NULL, PRIMARY KEY (product_sku, order_id));
