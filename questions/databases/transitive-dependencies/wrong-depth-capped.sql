-- A fixed depth limit ends the recursion, but a chain longer than the limit loses its far end.
WITH RECURSIVE reach(package, dependency, hops) AS (
  SELECT package, dependency, 1 FROM depends_on
  UNION
  SELECT r.package, d.dependency, r.hops + 1
  FROM reach r JOIN depends_on d ON d.package = r.dependency
  WHERE r.hops < 5
)
SELECT package, dependency, MIN(hops) FROM reach GROUP BY package, dependency ORDER BY package, dependency;
