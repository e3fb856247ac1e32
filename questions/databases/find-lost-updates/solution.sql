SELECT l.item, l.txn AS lost_txn, o.txn AS overwritten_by
FROM rmw AS l
JOIN commits AS lc ON lc.txn = l.txn
JOIN rmw AS o ON o.item = l.item AND o.txn <> l.txn
JOIN commits AS oc ON oc.txn = o.txn
WHERE o.read_at < lc.committed_at      -- o read the item before l's write was visible
  AND oc.committed_at > lc.committed_at -- and o's write landed on top of l's
ORDER BY l.item, l.txn, o.txn;
