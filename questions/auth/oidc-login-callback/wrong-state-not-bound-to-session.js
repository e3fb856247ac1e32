// Keeps issued states in one global set instead of per browser session: a callback carrying a state
// issued to someone else is accepted (login CSRF: the victim ends up in the attacker's account).
const { createHash } = require('crypto');
class OidcClient {
  constructor(clientId, issuer) { this.clientId = clientId; this.issuer = issuer; this.byState = new Map(); this.exchanging = new Map(); }
  begin(session, state, nonce, verifier, now) {
    this.byState.set(state, { nonce, verifier, startedAt: now });
    this.exchanging.delete(session);
    return createHash('sha256').update(verifier, 'ascii').digest('base64url');
  }
  callback(session, state, now) {
    const p = this.byState.get(state);
    if (p === undefined) return 'state-mismatch';
    this.byState.delete(state);
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
