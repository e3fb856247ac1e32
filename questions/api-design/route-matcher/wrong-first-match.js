// Returns the first route that matches, ignoring specificity.
function matchRoute(routes, method, path) {
  const split = (p) => {
    const t = p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
    return t === '/' ? [] : t.split('/').slice(1);
  };
  const parts = split(path);
  const allow = new Set();
  for (const [m, pattern, name] of routes) {
    const segs = split(pattern);
    if (segs.length !== parts.length) continue;
    const params = {};
    let ok = true;
    segs.forEach((s, i) => {
      if (parts[i] === '') ok = false;
      else if (s.startsWith(':')) params[s.slice(1)] = parts[i];
      else if (s !== parts[i]) ok = false;
    });
    if (!ok) continue;
    if (m !== method) {
      allow.add(m);
      continue;
    }
    return { name, params };
  }
  return allow.size ? { name: null, status: 405, allow: [...allow].sort() } : null;
}
