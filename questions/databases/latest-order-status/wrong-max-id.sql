-- Takes the event with the largest id, assuming events are inserted in time order; they are not.
SELECT e.order_id, e.status, e.at
FROM order_events e
WHERE e.id = (SELECT MAX(id) FROM order_events x WHERE x.order_id = e.order_id)
ORDER BY e.order_id;
