-- Every opposite order counts, even when one of the resources is only read by both: two shared
-- locks do not block each other, so such a pair cannot deadlock.
SELECT DISTINCT a1.txn AS txn_a, b1.txn AS txn_b
FROM lock_plan a1
JOIN lock_plan a2 ON a2.txn = a1.txn AND a2.step > a1.step
JOIN lock_plan b1 ON b1.resource = a2.resource AND b1.txn > a1.txn
JOIN lock_plan b2 ON b2.txn = b1.txn AND b2.resource = a1.resource AND b2.step > b1.step
ORDER BY txn_a, txn_b;
