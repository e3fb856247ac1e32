-- "The first attempt that read a given version wins": true only if that attempt arrived while the
-- version was current. An attempt that read version 7 before version 7 existed is a conflict, and
-- a later one that read 7 can still save.
SELECT a.id,
       CASE WHEN a.read_version >= d.version
             AND a.id = (SELECT MIN(b.id) FROM save_attempts b WHERE b.doc_id = a.doc_id AND b.read_version = a.read_version)
            THEN 'saved' ELSE 'conflict' END
FROM save_attempts a JOIN docs d ON d.id = a.doc_id
ORDER BY a.id;
