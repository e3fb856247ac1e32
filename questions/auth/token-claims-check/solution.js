const isNum = (v) => typeof v === 'number' && Number.isFinite(v);

function claimProblems(claims, expected, now) {
  const out = [];
  const skew = expected.skewSeconds;
  if (claims.iss !== expected.issuer) out.push('issuer');
  const aud = typeof claims.aud === 'string' ? [claims.aud] : Array.isArray(claims.aud) ? claims.aud : [];
  if (!aud.includes(expected.audience)) out.push('audience');
  if (!isNum(claims.exp) || now >= claims.exp + skew) out.push('expired');
  if ('nbf' in claims && (!isNum(claims.nbf) || now < claims.nbf - skew)) out.push('not-yet-valid');
  if ('iat' in claims && (!isNum(claims.iat) || claims.iat > now + skew)) out.push('issued-in-future');
  const granted = new Set(typeof claims.scope === 'string' ? claims.scope.split(/\s+/).filter(Boolean) : []);
  if (!expected.scopes.every((s) => granted.has(s))) out.push('scope');
  return out;
}
