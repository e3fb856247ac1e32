# Checks issuer, audience and expiry of the ID token but not its nonce, so an ID token captured from
# another login can be replayed into this one.
import base64
import hashlib


class OidcClient:
    def __init__(self, clientId, issuer):
        self.client_id, self.issuer, self.pending, self.exchanging = clientId, issuer, {}, set()

    def begin(self, session, state, nonce, verifier, now):
        self.pending[session] = (state, verifier, now)
        self.exchanging.discard(session)
        return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()

    def callback(self, session, state, now):
        p = self.pending.pop(session, None)
        if p is None:
            return "no-login"
        if state != p[0]:
            return "state-mismatch"
        if now >= p[2] + 600:
            return "expired"
        self.exchanging.add(session)
        return p[1]

    def tokenResponse(self, session, iss, aud, nonce, exp, now):
        if session not in self.exchanging:
            return "no-exchange"
        self.exchanging.discard(session)
        if iss != self.issuer:
            return "bad-issuer"
        if aud != self.client_id:
            return "bad-audience"
        return "expired" if now >= exp else "logged-in"
