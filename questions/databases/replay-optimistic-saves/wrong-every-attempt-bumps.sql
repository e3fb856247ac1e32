-- Counts every earlier attempt as a version bump, as if conflicts had saved too: only a successful
-- save moves the version on.
SELECT a.id,
       CASE WHEN a.read_version = d.version + (SELECT COUNT(*) FROM save_attempts b WHERE b.doc_id = a.doc_id AND b.id < a.id)
            THEN 'saved' ELSE 'conflict' END
FROM save_attempts a JOIN docs d ON d.id = a.doc_id
ORDER BY a.id;
