# Leaves the pending login in place after a callback, so a replayed or second callback gets the
# verifier again, and a wrong state can be retried until it matches.
import base64
import hashlib


class OidcClient:
    def __init__(self, clientId, issuer):
        self.client_id, self.issuer, self.pending, self.exchanging = clientId, issuer, {}, {}

    def begin(self, session, state, nonce, verifier, now):
        self.pending[session] = (state, nonce, verifier, now)
        self.exchanging.pop(session, None)
        return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()

    def callback(self, session, state, now):
        p = self.pending.get(session)
        if p is None:
            return "no-login"
        if state != p[0]:
            return "state-mismatch"
        if now >= p[3] + 600:
            return "expired"
        self.exchanging[session] = p[1]
        return p[2]

    def tokenResponse(self, session, iss, aud, nonce, exp, now):
        if session not in self.exchanging:
            return "no-exchange"
        expected = self.exchanging.pop(session)
        if iss != self.issuer:
            return "bad-issuer"
        if aud != self.client_id:
            return "bad-audience"
        if nonce != expected:
            return "nonce-mismatch"
        return "expired" if now >= exp else "logged-in"
