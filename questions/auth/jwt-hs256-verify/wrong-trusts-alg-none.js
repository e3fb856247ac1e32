// Trusts the token's own header: alg "none" skips the signature check, so anyone can forge a token.
const crypto = require('crypto');

function verifyJwt(token, secret, now) {
  const fail = (reason) => ({ valid: false, reason });
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]*$/.test(p))) return fail('malformed');
  const [h, p, s] = parts;
  let header, claims;
  try {
    header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8'));
    claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'));
  } catch {
    return fail('malformed');
  }
  if (!header || typeof header !== 'object' || !claims || typeof claims !== 'object') return fail('malformed');
  if (header.alg === 'HS256') {
    const expected = crypto.createHmac('sha256', secret).update(`${h}.${p}`).digest('base64url');
    if (expected !== s) return fail('bad-signature');
  } else if (header.alg !== 'none') return fail('unsupported-alg');
  if ('exp' in claims && now >= claims.exp) return fail('expired');
  if ('nbf' in claims && now < claims.nbf) return fail('not-yet-valid');
  return { valid: true, claims };
}
