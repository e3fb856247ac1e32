-- Reports every pair of committed read-modify-writes whose transactions overlap in time, in both
-- directions, instead of the one whose update was overwritten by a stale read.
SELECT l.item, l.txn AS lost_txn, o.txn AS overwritten_by
FROM rmw AS l
JOIN commits AS lc ON lc.txn = l.txn
JOIN rmw AS o ON o.item = l.item AND o.txn <> l.txn
JOIN commits AS oc ON oc.txn = o.txn
WHERE o.read_at < lc.committed_at AND l.read_at < oc.committed_at
ORDER BY l.item, l.txn, o.txn;
