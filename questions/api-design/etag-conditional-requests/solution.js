function conditionalStatus(method, currentEtag, headers) {
  const h = {};
  for (const name of Object.keys(headers)) h[name.toLowerCase()] = headers[name];
  const exists = currentEtag !== null;
  const parse = (v) => (v.trim() === '*' ? '*' : v.split(',').map((t) => t.trim()).filter((t) => t.length > 0));
  const isWeak = (t) => t.startsWith('W/');
  const opaque = (t) => (isWeak(t) ? t.slice(2) : t);
  const strong = (a, b) => !isWeak(a) && !isWeak(b) && a === b;
  const weak = (a, b) => opaque(a) === opaque(b);
  const safe = method === 'GET' || method === 'HEAD';

  if (h['if-match'] !== undefined) {
    const tags = parse(h['if-match']);
    const pass = tags === '*' ? exists : exists && tags.some((t) => strong(t, currentEtag));
    if (!pass) return 412;
  }
  if (h['if-none-match'] !== undefined) {
    const tags = parse(h['if-none-match']);
    const matched = tags === '*' ? exists : exists && tags.some((t) => weak(t, currentEtag));
    if (matched) return safe ? 304 : 412;
  }
  if (safe) return exists ? 200 : 404;
  if (method === 'PUT') return exists ? 200 : 201;
  return exists ? 204 : 404;
}
