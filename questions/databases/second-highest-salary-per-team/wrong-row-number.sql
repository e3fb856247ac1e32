-- ROW_NUMBER treats equal salaries as different ranks: with 120, 120, 110 it answers 120.
WITH ranked AS (
  SELECT department, salary, ROW_NUMBER() OVER (PARTITION BY department ORDER BY salary DESC) AS r FROM staff
)
SELECT department, MAX(CASE WHEN r = 2 THEN salary END) AS second_salary
FROM ranked GROUP BY department ORDER BY department;
