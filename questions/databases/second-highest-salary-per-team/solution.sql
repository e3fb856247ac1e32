WITH ranked AS (
  SELECT department, salary,
         DENSE_RANK() OVER (PARTITION BY department ORDER BY salary DESC) AS r
  FROM staff
)
SELECT department, MAX(CASE WHEN r = 2 THEN salary END) AS second_salary
FROM ranked
GROUP BY department
ORDER BY department;
