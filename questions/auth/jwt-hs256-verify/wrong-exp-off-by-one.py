# Off by one at the boundary: a token is still accepted in the very second it expires.
import base64
import hashlib
import hmac
import json
import re

SEGMENT = re.compile(r"^[A-Za-z0-9_-]*$")


def _b64decode(segment):
    return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))


def _decode_json(segment):
    try:
        value = json.loads(_b64decode(segment).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    return value if isinstance(value, dict) else None


def _is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def verifyJwt(token, secret, now):
    def fail(reason):
        return {"valid": False, "reason": reason}

    parts = token.split(".")
    if len(parts) != 3 or not all(SEGMENT.match(p) for p in parts):
        return fail("malformed")
    h, p, s = parts
    header, claims = _decode_json(h), _decode_json(p)
    if header is None or claims is None:
        return fail("malformed")
    for k in ("exp", "nbf"):
        if k in claims and not _is_number(claims[k]):
            return fail("malformed")
    if header.get("alg") != "HS256":
        return fail("unsupported-alg")
    mac = hmac.new(secret.encode(), f"{h}.{p}".encode(), hashlib.sha256).digest()
    expected = base64.urlsafe_b64encode(mac).rstrip(b"=").decode()
    if not hmac.compare_digest(expected, s):
        return fail("bad-signature")
    if "exp" in claims and now > claims["exp"]:
        return fail("expired")
    if "nbf" in claims and now < claims["nbf"]:
        return fail("not-yet-valid")
    return {"valid": True, "claims": claims}
