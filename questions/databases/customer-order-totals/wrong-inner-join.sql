-- An inner join drops customers without paid orders.
SELECT c.name, SUM(o.amount_cents) AS total_cents, COUNT(*) AS paid_orders
FROM customers c
JOIN orders o ON o.customer_id = c.id
WHERE o.status = 'paid'
GROUP BY c.id, c.name
ORDER BY total_cents DESC, c.name;
