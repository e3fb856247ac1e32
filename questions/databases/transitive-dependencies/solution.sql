-- Extend every reachable pair by one edge at a time. A shortest path between two packages has at
-- most n edges (n packages: n - 1 to another package, n to come back to itself), so the hop bound
-- stops the walk around a cycle without cutting off any shortest path; UNION drops repeats.
WITH RECURSIVE reach(package, dependency, hops) AS (
  SELECT package, dependency, 1 FROM depends_on
  UNION
  SELECT r.package, d.dependency, r.hops + 1
  FROM reach r
  JOIN depends_on d ON d.package = r.dependency
  WHERE r.hops < (SELECT COUNT(*) FROM packages)
)
SELECT package, dependency, MIN(hops) AS hops
FROM reach
GROUP BY package, dependency
ORDER BY package, dependency;
