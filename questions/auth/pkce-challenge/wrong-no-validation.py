# Hashes whatever it is given, so short or malformed verifiers are accepted.
import base64
import hashlib


def pkceChallenge(verifier):
    digest = hashlib.sha256(verifier.encode("utf-8")).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")
