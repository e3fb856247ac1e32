-- No version in the WHERE clause: whoever saves last silently overwrites the other edit.
UPDATE articles
SET title = p.new_title, body = p.new_body, updated_by = p.editor, version = version + 1
FROM pending_edit p
WHERE articles.id = p.article_id
RETURNING id, version;
