const crypto = require('crypto');

function originOf(headers) {
  if (headers.origin !== undefined) return headers.origin;
  const ref = headers.referer;
  if (ref === undefined) return undefined;
  const m = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*)/.exec(ref);
  return m ? m[1] : 'null';
}

function csrfCheck(method, headers, cookies, allowedOrigins) {
  if (['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase())) return 'allow';
  const h = {};
  for (const [k, v] of Object.entries(headers)) h[k.toLowerCase()] = v;
  const origin = originOf(h);
  if (origin === undefined || origin === 'null') return 'missing-origin';
  if (!allowedOrigins.includes(origin)) return 'bad-origin';
  const header = h['x-csrf-token'];
  const cookie = Object.prototype.hasOwnProperty.call(cookies, 'csrf') ? cookies.csrf : undefined;
  if (!header || !cookie) return 'bad-token';
  const a = Buffer.from(header);
  const b = Buffer.from(cookie);
  if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) return 'bad-token';
  return 'allow';
}
