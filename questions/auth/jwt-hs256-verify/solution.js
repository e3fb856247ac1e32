const crypto = require('crypto');

const SEGMENT = /^[A-Za-z0-9_-]*$/;

function decodeJson(segment) {
  try {
    const value = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

function verifyJwt(token, secret, now) {
  const fail = (reason) => ({ valid: false, reason });
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((p) => SEGMENT.test(p))) return fail('malformed');
  const [h, p, s] = parts;
  const header = decodeJson(h);
  const claims = decodeJson(p);
  if (!header || !claims) return fail('malformed');
  for (const k of ['exp', 'nbf']) if (k in claims && typeof claims[k] !== 'number') return fail('malformed');
  if (header.alg !== 'HS256') return fail('unsupported-alg');
  const expected = Buffer.from(crypto.createHmac('sha256', secret).update(`${h}.${p}`).digest('base64url'));
  const given = Buffer.from(s);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return fail('bad-signature');
  if ('exp' in claims && now >= claims.exp) return fail('expired');
  if ('nbf' in claims && now < claims.nbf) return fail('not-yet-valid');
  return { valid: true, claims };
}
