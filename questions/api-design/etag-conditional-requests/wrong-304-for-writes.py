# Answers 304 whenever If-None-Match matches, even for PUT/DELETE where the precondition failure must be 412.
def conditionalStatus(method, currentEtag, headers):
    h = {name.lower(): value for name, value in headers.items()}
    exists = currentEtag is not None

    def parse(v):
        return "*" if v.strip() == "*" else [t.strip() for t in v.split(",")]

    def opaque(t):
        return t[2:] if t.startswith("W/") else t

    if "if-match" in h:
        tags = parse(h["if-match"])
        ok = exists if tags == "*" else exists and not currentEtag.startswith("W/") and currentEtag in tags
        if not ok:
            return 412
    if "if-none-match" in h:
        tags = parse(h["if-none-match"])
        if tags == "*" and exists or tags != "*" and exists and any(opaque(t) == opaque(currentEtag) for t in tags):
            return 304
    if method in ("GET", "HEAD"):
        return 200 if exists else 404
    if method == "PUT":
        return 200 if exists else 201
    return 204 if exists else 404
