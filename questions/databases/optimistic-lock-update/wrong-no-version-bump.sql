-- Checks the version but never moves it on, so a second editor who read the same version also
-- "wins" and overwrites the first.
UPDATE articles
SET title = p.new_title, body = p.new_body, updated_by = p.editor
FROM pending_edit p
WHERE articles.id = p.article_id AND articles.version = p.read_version
RETURNING id, version;
