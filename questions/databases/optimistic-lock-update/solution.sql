-- Compare-and-set on the version: the row only matches if nobody saved since it was read, and the
-- version moves on in the same statement so a second writer holding the old version fails too.
UPDATE articles
SET title = (SELECT new_title FROM pending_edit),
    body = (SELECT new_body FROM pending_edit),
    updated_by = (SELECT editor FROM pending_edit),
    version = version + 1
WHERE id = (SELECT article_id FROM pending_edit)
  AND version = (SELECT read_version FROM pending_edit)
RETURNING id, version;
