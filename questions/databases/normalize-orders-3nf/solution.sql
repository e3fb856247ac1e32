CREATE TABLE customers (email TEXT PRIMARY KEY, name TEXT NOT NULL, city TEXT NOT NULL);
CREATE TABLE products (sku TEXT PRIMARY KEY, name TEXT NOT NULL, unit_price_cents INTEGER NOT NULL);
CREATE TABLE orders (
  order_id INTEGER PRIMARY KEY,
  ordered_at TEXT NOT NULL,
  customer_email TEXT NOT NULL REFERENCES customers(email)
);
CREATE TABLE order_lines (
  order_id INTEGER NOT NULL REFERENCES orders(order_id),
  product_sku TEXT NOT NULL REFERENCES products(sku),
  quantity INTEGER NOT NULL CHECK (quantity >= 1),
  PRIMARY KEY (order_id, product_sku)
);
