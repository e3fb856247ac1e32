SELECT c.name, COUNT(*) AS paid_orders
FROM orders o
JOIN customers c ON c.id = o.customer_id
WHERE o.status = 'paid'
  AND o.placed_at >= '2026-03-01' AND o.placed_at < '2026-04-01'
GROUP BY c.id, c.name
HAVING COUNT(*) >= 3
ORDER BY paid_orders DESC, c.name;
