WITH ranked AS (
  SELECT order_id, status, at,
         ROW_NUMBER() OVER (PARTITION BY order_id ORDER BY at DESC, id DESC) AS rn
  FROM order_events
)
SELECT order_id, status, at FROM ranked WHERE rn = 1 ORDER BY order_id;
