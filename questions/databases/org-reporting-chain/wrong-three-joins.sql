-- Unrolls the hierarchy with a fixed number of self-joins: anyone more than three levels below a
-- manager loses that part of their chain.
SELECT e.id AS employee_id, m1.id AS manager_id, 1 AS depth
FROM staff e JOIN staff m1 ON m1.id = e.manager_id
UNION ALL
SELECT e.id, m2.id, 2
FROM staff e JOIN staff m1 ON m1.id = e.manager_id JOIN staff m2 ON m2.id = m1.manager_id
UNION ALL
SELECT e.id, m3.id, 3
FROM staff e JOIN staff m1 ON m1.id = e.manager_id JOIN staff m2 ON m2.id = m1.manager_id
             JOIN staff m3 ON m3.id = m2.manager_id
ORDER BY employee_id, depth;
