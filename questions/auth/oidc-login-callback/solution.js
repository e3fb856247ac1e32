const { createHash } = require('crypto');

class OidcClient {
  constructor(clientId, issuer) {
    this.clientId = clientId;
    this.issuer = issuer;
    this.pending = new Map(); // browser session -> { state, nonce, verifier, startedAt }
    this.exchanging = new Map(); // browser session -> nonce, after a good callback
  }
  begin(session, state, nonce, verifier, now) {
    this.pending.set(session, { state, nonce, verifier, startedAt: now });
    this.exchanging.delete(session);
    return createHash('sha256').update(verifier, 'ascii').digest('base64url'); // S256, no padding
  }
  callback(session, state, now) {
    const p = this.pending.get(session);
    if (p === undefined) return 'no-login';
    this.pending.delete(session); // one callback per login, whatever its outcome
    if (state !== p.state) return 'state-mismatch';
    if (now >= p.startedAt + 600) return 'expired';
    this.exchanging.set(session, p.nonce);
    return p.verifier;
  }
  tokenResponse(session, iss, aud, nonce, exp, now) {
    if (!this.exchanging.has(session)) return 'no-exchange';
    const expected = this.exchanging.get(session);
    this.exchanging.delete(session);
    if (iss !== this.issuer) return 'bad-issuer';
    if (aud !== this.clientId) return 'bad-audience';
    if (nonce !== expected) return 'nonce-mismatch';
    if (now >= exp) return 'expired';
    return 'logged-in';
  }
}
