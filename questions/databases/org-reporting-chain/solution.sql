-- Walk up from every person one manager at a time; depth counts the steps taken.
WITH RECURSIVE chain(employee_id, manager_id, depth) AS (
  SELECT id, manager_id, 1 FROM staff WHERE manager_id IS NOT NULL
  UNION ALL
  SELECT c.employee_id, s.manager_id, c.depth + 1
  FROM chain c
  JOIN staff s ON s.id = c.manager_id
  WHERE s.manager_id IS NOT NULL
)
SELECT employee_id, manager_id, depth
FROM chain
ORDER BY employee_id, depth;
