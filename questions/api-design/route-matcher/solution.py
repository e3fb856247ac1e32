def matchRoute(routes, method, path):
    def split(p):
        if len(p) > 1 and p.endswith("/"):
            p = p[:-1]
        return [] if p == "/" else p.split("/")[1:]

    parts = split(path)

    def match(pattern):
        segs = split(pattern)
        if len(segs) != len(parts):
            return None
        params, rank = {}, []
        for s, p in zip(segs, parts):
            if p == "":
                return None
            if s.startswith(":"):
                params[s[1:]] = p
                rank.append(1)
            elif s == p:
                rank.append(0)
            else:
                return None
        return params, rank

    best = None
    allow = set()
    for m, pattern, name in routes:
        hit = match(pattern)
        if hit is None:
            continue
        if m != method:
            allow.add(m)
            continue
        params, rank = hit
        if best is None or rank < best[2]:
            best = (name, params, rank)
    if best:
        return {"name": best[0], "params": best[1]}
    if allow:
        return {"name": None, "status": 405, "allow": sorted(allow)}
    return None
