-- Replay each document's attempts in arrival order, carrying the version along: an attempt saves
-- only if it read the version current at its arrival, and only a save moves the version on.
WITH RECURSIVE ordered AS (
  SELECT id, doc_id, read_version,
         ROW_NUMBER() OVER (PARTITION BY doc_id ORDER BY id) AS rn
  FROM save_attempts
),
replay(doc_id, rn, attempt_id, version, saved) AS (
  SELECT id, 0, NULL, version, NULL FROM docs
  UNION ALL
  SELECT r.doc_id, o.rn, o.id,
         r.version + (o.read_version = r.version),
         o.read_version = r.version
  FROM replay r
  JOIN ordered o ON o.doc_id = r.doc_id AND o.rn = r.rn + 1
)
SELECT attempt_id, CASE WHEN saved THEN 'saved' ELSE 'conflict' END AS outcome
FROM replay
WHERE rn > 0
ORDER BY attempt_id;
