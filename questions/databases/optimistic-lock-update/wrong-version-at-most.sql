-- Accepts any read version at or above the current one: a client claiming a version that does not
-- exist yet overwrites edits it never saw.
UPDATE articles
SET title = p.new_title, body = p.new_body, updated_by = p.editor, version = articles.version + 1
FROM pending_edit p
WHERE articles.id = p.article_id AND articles.version <= p.read_version
RETURNING id, version;
