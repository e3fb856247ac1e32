-- Uses the time of the write instead of the commit: under read committed, an uncommitted write is
-- invisible, so what matters is whether the other transaction read before the commit.
SELECT l.item, l.txn AS lost_txn, o.txn AS overwritten_by
FROM rmw AS l
JOIN commits AS lc ON lc.txn = l.txn
JOIN rmw AS o ON o.item = l.item AND o.txn <> l.txn
JOIN commits AS oc ON oc.txn = o.txn
WHERE o.read_at < l.wrote_at AND o.wrote_at > l.wrote_at
ORDER BY l.item, l.txn, o.txn;
