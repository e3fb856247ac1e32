function negotiateVersion(supported, defaultVersion, headers) {
  const h = {};
  for (const k of Object.keys(headers)) h[k.toLowerCase()] = headers[k];
  const none = (status) => ({ status, version: null });

  if (h['api-version'] !== undefined) {
    const raw = String(h['api-version']).trim();
    if (!/^[0-9]+$/.test(raw)) return none(400);
    const v = Number(raw);
    return supported.includes(v) ? { status: 200, version: v } : none(406);
  }
  const accept = (h['accept'] === undefined ? '' : String(h['accept'])).trim();
  if (accept === '') return { status: 200, version: defaultVersion };

  const explicit = new Map();
  let genericQ = null;
  let genericRank = -1;
  for (const range of accept.split(',')) {
    const [rawType, ...params] = range.split(';').map((s) => s.trim());
    if (!rawType) continue;
    let q = 1;
    for (const p of params) {
      const eq = p.indexOf('=');
      if (eq < 0) continue;
      if (p.slice(0, eq).trim().toLowerCase() === 'q') q = Number(p.slice(eq + 1).trim());
    }
    const type = rawType.toLowerCase();
    const m = /^application\/vnd\.acme\.v([0-9]+)\+json$/.exec(type);
    if (m) {
      explicit.set(Number(m[1]), q);
      continue;
    }
    const rank = type === 'application/json' ? 2 : type === 'application/*' ? 1 : type === '*/*' ? 0 : -1;
    if (rank > genericRank) {
      genericRank = rank;
      genericQ = q;
    }
  }

  let best = null;
  let bestKey = null;
  for (const v of supported) {
    let q;
    let isExplicit;
    if (explicit.has(v)) {
      q = explicit.get(v);
      isExplicit = 1;
    } else if (genericQ !== null) {
      q = genericQ;
      isExplicit = 0;
    } else continue;
    if (!(q > 0)) continue;
    const pref = isExplicit ? v : v === defaultVersion ? Infinity : v;
    const key = [q, isExplicit, pref];
    if (bestKey === null || key[0] > bestKey[0] || (key[0] === bestKey[0] && (key[1] > bestKey[1] || (key[1] === bestKey[1] && key[2] > bestKey[2])))) {
      best = v;
      bestKey = key;
    }
  }
  return best === null ? none(406) : { status: 200, version: best };
}
