-- Filters to rank 2 in WHERE, so departments without a second salary disappear instead of showing NULL.
WITH ranked AS (
  SELECT department, salary, DENSE_RANK() OVER (PARTITION BY department ORDER BY salary DESC) AS r FROM staff
)
SELECT DISTINCT department, salary AS second_salary FROM ranked WHERE r = 2 ORDER BY department;
