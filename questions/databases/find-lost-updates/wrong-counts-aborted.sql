-- Forgets that an aborted transaction's write never landed: an aborted overwriter loses nothing.
SELECT l.item, l.txn AS lost_txn, o.txn AS overwritten_by
FROM rmw AS l
JOIN commits AS lc ON lc.txn = l.txn
JOIN rmw AS o ON o.item = l.item AND o.txn <> l.txn
LEFT JOIN commits AS oc ON oc.txn = o.txn
WHERE o.read_at < lc.committed_at
  AND (oc.committed_at IS NULL OR oc.committed_at > lc.committed_at)
ORDER BY l.item, l.txn, o.txn;
