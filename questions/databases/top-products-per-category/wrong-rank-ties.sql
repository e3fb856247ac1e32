-- RANK() gives tied products the same rank, so a category with a tie shows three rows.
WITH revenue AS (
  SELECT p.id, p.name, p.category, COALESCE(SUM(s.amount_cents), 0) AS revenue_cents
  FROM products p LEFT JOIN sales s ON s.product_id = p.id GROUP BY p.id
),
ranked AS (
  SELECT category, name, revenue_cents, RANK() OVER (PARTITION BY category ORDER BY revenue_cents DESC) AS rn FROM revenue
)
SELECT category, name, revenue_cents FROM ranked WHERE rn <= 2 ORDER BY category, rn, name;
