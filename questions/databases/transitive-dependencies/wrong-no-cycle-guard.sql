-- No guard at all: on a cycle the recursion walks round forever and the query never returns.
WITH RECURSIVE reach(package, dependency, hops) AS (
  SELECT package, dependency, 1 FROM depends_on
  UNION ALL
  SELECT r.package, d.dependency, r.hops + 1
  FROM reach r JOIN depends_on d ON d.package = r.dependency
)
SELECT package, dependency, MIN(hops) FROM reach GROUP BY package, dependency ORDER BY package, dependency;
