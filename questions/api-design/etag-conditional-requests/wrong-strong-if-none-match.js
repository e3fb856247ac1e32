// Uses exact string equality for If-None-Match too, so a weak validator W/"v3" never revalidates against "v3".
function conditionalStatus(method, currentEtag, headers) {
  const h = {};
  for (const name of Object.keys(headers)) h[name.toLowerCase()] = headers[name];
  const exists = currentEtag !== null;
  const parse = (v) => (v.trim() === '*' ? '*' : v.split(',').map((t) => t.trim()));
  const safe = method === 'GET' || method === 'HEAD';
  if (h['if-match'] !== undefined) {
    const tags = parse(h['if-match']);
    const pass = tags === '*' ? exists : exists && !currentEtag.startsWith('W/') && tags.includes(currentEtag);
    if (!pass) return 412;
  }
  if (h['if-none-match'] !== undefined) {
    const tags = parse(h['if-none-match']);
    const matched = tags === '*' ? exists : exists && tags.includes(currentEtag);
    if (matched) return safe ? 304 : 412;
  }
  if (safe) return exists ? 200 : 404;
  if (method === 'PUT') return exists ? 200 : 201;
  return exists ? 204 : 404;
}
