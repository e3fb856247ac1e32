import base64
import hashlib
import re

VALID = re.compile(r"[A-Za-z0-9\-._~]{43,128}")


def pkceChallenge(verifier):
    if not isinstance(verifier, str) or not VALID.fullmatch(verifier):
        return None
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii").rstrip("=")
