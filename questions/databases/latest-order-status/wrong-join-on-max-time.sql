-- Joins on the latest time only: when two events share it, the order appears twice.
SELECT e.order_id, e.status, e.at
FROM order_events e
JOIN (SELECT order_id, MAX(at) AS at FROM order_events GROUP BY order_id) m ON m.order_id = e.order_id AND m.at = e.at
ORDER BY e.order_id;
