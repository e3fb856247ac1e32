def conditionalStatus(method, currentEtag, headers):
    h = {name.lower(): value for name, value in headers.items()}
    exists = currentEtag is not None

    def parse(v):
        if v.strip() == "*":
            return "*"
        return [t.strip() for t in v.split(",") if t.strip()]

    def is_weak(t):
        return t.startswith("W/")

    def opaque(t):
        return t[2:] if is_weak(t) else t

    def strong(a, b):
        return not is_weak(a) and not is_weak(b) and a == b

    def weak(a, b):
        return opaque(a) == opaque(b)

    safe = method in ("GET", "HEAD")
    if "if-match" in h:
        tags = parse(h["if-match"])
        ok = exists if tags == "*" else exists and any(strong(t, currentEtag) for t in tags)
        if not ok:
            return 412
    if "if-none-match" in h:
        tags = parse(h["if-none-match"])
        matched = exists if tags == "*" else exists and any(weak(t, currentEtag) for t in tags)
        if matched:
            return 304 if safe else 412
    if safe:
        return 200 if exists else 404
    if method == "PUT":
        return 200 if exists else 201
    return 204 if exists else 404
