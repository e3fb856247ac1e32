// Ranks a match only by where its first parameter segment is (later = more specific), so routes whose
// first parameter is at the same place tie even when a later literal should win: /a/:x/c loses to /a/:x/:y.
function matchRoute(routes, method, path) {
  const split = (p) => {
    const t = p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
    return t === '/' ? [] : t.split('/').slice(1);
  };
  const parts = split(path);
  let best = null;
  const allow = new Set();
  for (const [m, pattern, name] of routes) {
    const segs = split(pattern);
    if (segs.length !== parts.length || parts.includes('')) continue;
    const params = {};
    let firstParam = segs.length;
    let ok = true;
    segs.forEach((s, i) => {
      if (s.startsWith(':')) {
        params[s.slice(1)] = parts[i];
        firstParam = Math.min(firstParam, i);
      } else if (s !== parts[i]) ok = false;
    });
    if (!ok) continue;
    if (m !== method) {
      allow.add(m);
      continue;
    }
    if (!best || firstParam > best.firstParam) best = { name, params, firstParam };
  }
  if (best) return { name: best.name, params: best.params };
  return allow.size ? { name: null, status: 405, allow: [...allow].sort() } : null;
}
