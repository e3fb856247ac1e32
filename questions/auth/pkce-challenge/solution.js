const { createHash } = require('crypto');

function pkceChallenge(verifier) {
  if (typeof verifier !== 'string' || !/^[A-Za-z0-9\-._~]{43,128}$/.test(verifier)) return null;
  return createHash('sha256').update(verifier, 'ascii').digest('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
