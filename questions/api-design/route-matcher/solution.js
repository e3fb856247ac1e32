function matchRoute(routes, method, path) {
  const split = (p) => {
    const trimmed = p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
    return trimmed === '/' ? [] : trimmed.split('/').slice(1);
  };
  const parts = split(path);
  const match = (pattern) => {
    const segs = split(pattern);
    if (segs.length !== parts.length) return null;
    const params = {};
    const rank = [];
    for (let i = 0; i < segs.length; i++) {
      const s = segs[i];
      const p = parts[i];
      if (p === '') return null;
      if (s.startsWith(':')) {
        params[s.slice(1)] = p;
        rank.push(1);
      } else if (s === p) rank.push(0);
      else return null;
    }
    return { params, rank };
  };
  let best = null;
  const allow = new Set();
  for (const [m, pattern, name] of routes) {
    const hit = match(pattern);
    if (!hit) continue;
    if (m !== method) {
      allow.add(m);
      continue;
    }
    if (!best || compare(hit.rank, best.rank) < 0) best = { name, params: hit.params, rank: hit.rank };
  }
  if (best) return { name: best.name, params: best.params };
  if (allow.size > 0) return { name: null, status: 405, allow: [...allow].sort() };
  return null;
}

function compare(a, b) {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
