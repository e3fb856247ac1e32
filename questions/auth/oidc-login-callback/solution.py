import base64
import hashlib


class OidcClient:
    def __init__(self, clientId, issuer):
        self.client_id = clientId
        self.issuer = issuer
        self.pending = {}     # session -> (state, nonce, verifier, started_at)
        self.exchanging = {}  # session -> expected nonce

    def begin(self, session, state, nonce, verifier, now):
        self.pending[session] = (state, nonce, verifier, now)
        self.exchanging.pop(session, None)
        digest = hashlib.sha256(verifier.encode("ascii")).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")

    def callback(self, session, state, now):
        p = self.pending.pop(session, None)
        if p is None:
            return "no-login"
        expected_state, nonce, verifier, started_at = p
        if state != expected_state:
            return "state-mismatch"
        if now >= started_at + 600:
            return "expired"
        self.exchanging[session] = nonce
        return verifier

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
        if now >= exp:
            return "expired"
        return "logged-in"
