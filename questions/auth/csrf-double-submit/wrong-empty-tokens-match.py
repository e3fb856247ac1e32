# Compares the two values without checking they are present: an empty header and an empty cookie "match".
import re


def csrfCheck(method, headers, cookies, allowedOrigins):
    if method.upper() in ("GET", "HEAD", "OPTIONS"):
        return "allow"
    h = {k.lower(): v for k, v in headers.items()}
    origin = h.get("origin")
    if origin is None and "referer" in h:
        m = re.match(r"^([A-Za-z]+://[^/?#]*)", h["referer"])
        origin = m.group(1) if m else "null"
    if origin is None or origin == "null":
        return "missing-origin"
    if origin not in allowedOrigins:
        return "bad-origin"
    if h.get("x-csrf-token", "") != cookies.get("csrf", ""):
        return "bad-token"
    return "allow"
