// Accepts any origin that starts with an allowed one: https://app.example.evil.io gets through.
function csrfCheck(method, headers, cookies, allowedOrigins) {
  if (['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase())) return 'allow';
  const h = {};
  for (const [k, v] of Object.entries(headers)) h[k.toLowerCase()] = v;
  let origin = h.origin;
  if (origin === undefined && h.referer !== undefined) origin = (/^([a-z]+:\/\/[^/?#]*)/i.exec(h.referer) || [])[1];
  if (origin === undefined || origin === 'null') return 'missing-origin';
  if (!allowedOrigins.some((o) => origin.startsWith(o))) return 'bad-origin';
  if (!h['x-csrf-token'] || h['x-csrf-token'] !== cookies.csrf) return 'bad-token';
  return 'allow';
}
