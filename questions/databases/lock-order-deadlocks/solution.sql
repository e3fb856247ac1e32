-- Transaction a locks r1 then r2; transaction b locks r2 then r1. Each ends up waiting for the
-- other only if the locks conflict on both resources (two shared locks never wait for each other).
SELECT DISTINCT a1.txn AS txn_a, b1.txn AS txn_b
FROM lock_plan a1
JOIN lock_plan a2 ON a2.txn = a1.txn AND a2.step > a1.step
JOIN lock_plan b1 ON b1.resource = a2.resource AND b1.txn > a1.txn
JOIN lock_plan b2 ON b2.txn = b1.txn AND b2.resource = a1.resource AND b2.step > b1.step
WHERE (a1.mode = 'X' OR b2.mode = 'X')
  AND (a2.mode = 'X' OR b1.mode = 'X')
ORDER BY txn_a, txn_b;
