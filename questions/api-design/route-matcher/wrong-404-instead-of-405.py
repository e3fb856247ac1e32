# Treats a method mismatch as "not found": clients get 404 for a resource that exists.
def matchRoute(routes, method, path):
    def split(p):
        if len(p) > 1 and p.endswith("/"):
            p = p[:-1]
        return [] if p == "/" else p.split("/")[1:]

    parts = split(path)
    best = None
    for m, pattern, name in routes:
        if m != method:
            continue
        segs = split(pattern)
        if len(segs) != len(parts):
            continue
        params, rank, ok = {}, [], True
        for s, p in zip(segs, parts):
            if p == "":
                ok = False
            elif s.startswith(":"):
                params[s[1:]] = p
                rank.append(1)
            elif s == p:
                rank.append(0)
            else:
                ok = False
        if ok and (best is None or rank < best[2]):
            best = (name, params, rank)
    return {"name": best[0], "params": best[1]} if best else None
