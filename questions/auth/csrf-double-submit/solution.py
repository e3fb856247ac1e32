import hmac
import re

ORIGIN = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://[^/?#]*)")


def _origin_of(h):
    if "origin" in h:
        return h["origin"]
    ref = h.get("referer")
    if ref is None:
        return None
    m = ORIGIN.match(ref)
    return m.group(1) if m else "null"


def csrfCheck(method, headers, cookies, allowedOrigins):
    if method.upper() in ("GET", "HEAD", "OPTIONS"):
        return "allow"
    h = {k.lower(): v for k, v in headers.items()}
    origin = _origin_of(h)
    if origin is None or origin == "null":
        return "missing-origin"
    if origin not in allowedOrigins:
        return "bad-origin"
    header, cookie = h.get("x-csrf-token"), cookies.get("csrf")
    if not header or not cookie or not hmac.compare_digest(header.encode(), cookie.encode()):
        return "bad-token"
    return "allow"
