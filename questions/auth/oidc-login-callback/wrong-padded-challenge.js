// Sends the challenge as standard base64 with "=" padding; PKCE's S256 wants base64url without
// padding, so the authorization server's comparison fails.
const { createHash } = require('crypto');
class OidcClient {
  constructor(clientId, issuer) { this.clientId = clientId; this.issuer = issuer; this.pending = new Map(); this.exchanging = new Map(); }
  begin(session, state, nonce, verifier, now) {
    this.pending.set(session, { state, nonce, verifier, startedAt: now });
    this.exchanging.delete(session);
    return createHash('sha256').update(verifier, 'ascii').digest('base64');
  }
  callback(session, state, now) {
    const p = this.pending.get(session);
    if (p === undefined) return 'no-login';
    this.pending.delete(session);
    if (state !== p.state) return 'state-mismatch';
    if (now >= p.startedAt + 600) return 'expired';
    this.exchanging.set(session, p.nonce);
    return p.verifier;
  }
  tokenResponse(session, iss, aud, nonce, exp, now) {
    if (!this.exchanging.has(session)) return 'no-exchange';
    const expected = this.exchanging.get(session); this.exchanging.delete(session);
    if (iss !== this.issuer) return 'bad-issuer';
    if (aud !== this.clientId) return 'bad-audience';
    if (nonce !== expected) return 'nonce-mismatch';
    return now >= exp ? 'expired' : 'logged-in';
  }
}
