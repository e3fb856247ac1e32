// Ignores q-values: serves the first acceptable range in header order instead of the highest quality.
function negotiateVersion(supported, defaultVersion, headers) {
  const h = {};
  for (const k of Object.keys(headers)) h[k.toLowerCase()] = headers[k];
  if (h['api-version'] !== undefined) {
    const raw = String(h['api-version']).trim();
    if (!/^[0-9]+$/.test(raw)) return { status: 400, version: null };
    const v = Number(raw);
    return supported.includes(v) ? { status: 200, version: v } : { status: 406, version: null };
  }
  const accept = (h['accept'] || '').trim();
  if (accept === '') return { status: 200, version: defaultVersion };
  for (const range of accept.split(',')) {
    const parts = range.split(';').map((s) => s.trim());
    const q = parts.slice(1).map((p) => p.split('=').map((s) => s.trim())).find(([k]) => k.toLowerCase() === 'q');
    if (q && Number(q[1]) === 0) continue;
    const type = parts[0].toLowerCase();
    const m = /^application\/vnd\.acme\.v([0-9]+)\+json$/.exec(type);
    if (m && supported.includes(Number(m[1]))) return { status: 200, version: Number(m[1]) };
    if (type === 'application/json' || type === 'application/*' || type === '*/*') return { status: 200, version: defaultVersion };
  }
  return { status: 406, version: null };
}
