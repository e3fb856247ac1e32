function paginate(posts, limit, cursor) {
  const size = Math.max(1, Math.min(100, limit));
  const ordered = [...posts].sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
  let start = 0;
  if (cursor !== null) {
    const [t, id] = cursor.split('_').map(Number);
    start = ordered.findIndex((p) => p.createdAt < t || (p.createdAt === t && p.id < id));
    if (start === -1) start = ordered.length;
  }
  const page = ordered.slice(start, start + size);
  const last = page[page.length - 1];
  const more = start + size < ordered.length;
  return { items: page.map((p) => p.id), nextCursor: more && last ? `${last.createdAt}_${last.id}` : null };
}
