-- Joins in the wrong direction: compares each manager with one of their reports.
SELECT e.name, e.salary, m.name AS manager_name, m.salary AS manager_salary
FROM employees e JOIN employees m ON e.id = m.manager_id
WHERE e.salary > m.salary
ORDER BY e.name;
