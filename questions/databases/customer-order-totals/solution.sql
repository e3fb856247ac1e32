SELECT c.name,
       COALESCE(SUM(o.amount_cents), 0) AS total_cents,
       COUNT(o.id) AS paid_orders
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid'
GROUP BY c.id, c.name
ORDER BY total_cents DESC, c.name ASC;
