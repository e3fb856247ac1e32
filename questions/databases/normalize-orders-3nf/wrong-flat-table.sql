-- Keeps the spreadsheet as one table keyed by (order, product): lossless, but no dependency except the
-- quantity's is enforced and every customer and product fact is repeated.
CREATE TABLE order_lines (
  order_id INTEGER NOT NULL, ordered_at TEXT NOT NULL, customer_email TEXT NOT NULL, customer_name TEXT NOT NULL,
  customer_city TEXT NOT NULL, product_sku TEXT NOT NULL, product_name TEXT NOT NULL, unit_price_cents INTEGER NOT NULL,
  quantity INTEGER NOT NULL, PRIMARY KEY (order_id, product_sku)
);
