# Treats q=0 as "least preferred" instead of "not acceptable", so a refused version can still be served.
import re


def negotiateVersion(supported, defaultVersion, headers):
    h = {k.lower(): v for k, v in headers.items()}
    if "api-version" in h:
        raw = str(h["api-version"]).strip()
        if not raw.isdigit():
            return {"status": 400, "version": None}
        v = int(raw)
        return {"status": 200, "version": v} if v in supported else {"status": 406, "version": None}
    accept = str(h.get("accept", "")).strip()
    if not accept:
        return {"status": 200, "version": defaultVersion}
    explicit, generic_q, generic_rank = {}, None, -1
    ranks = {"application/json": 2, "application/*": 1, "*/*": 0}
    for rng in accept.split(","):
        parts = [s.strip() for s in rng.split(";")]
        q = 1.0
        for p in parts[1:]:
            k, _, val = p.partition("=")
            if k.strip().lower() == "q":
                q = float(val)
        t = parts[0].lower()
        m = re.match(r"^application/vnd\.acme\.v([0-9]+)\+json$", t)
        if m:
            explicit[int(m.group(1))] = q
        elif ranks.get(t, -1) > generic_rank:
            generic_rank, generic_q = ranks[t], q
    best, best_key = None, None
    for v in supported:
        if v in explicit:
            key = (explicit[v], 1, v)
        elif generic_q is not None:
            key = (generic_q, 0, float("inf") if v == defaultVersion else v)
        else:
            continue
        if best_key is None or key > best_key:
            best, best_key = v, key
    return {"status": 406, "version": None} if best is None else {"status": 200, "version": best}
