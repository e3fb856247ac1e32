import re

VENDOR = re.compile(r"^application/vnd\.acme\.v([0-9]+)\+json$")
GENERIC_RANK = {"application/json": 2, "application/*": 1, "*/*": 0}


def negotiateVersion(supported, defaultVersion, headers):
    h = {k.lower(): v for k, v in headers.items()}
    if "api-version" in h:
        raw = str(h["api-version"]).strip()
        if not re.fullmatch(r"[0-9]+", raw):
            return {"status": 400, "version": None}
        v = int(raw)
        return {"status": 200, "version": v} if v in supported else {"status": 406, "version": None}
    accept = str(h.get("accept", "")).strip()
    if accept == "":
        return {"status": 200, "version": defaultVersion}

    explicit = {}
    generic_q = None
    generic_rank = -1
    for rng in accept.split(","):
        parts = [s.strip() for s in rng.split(";")]
        if not parts[0]:
            continue
        q = 1.0
        for p in parts[1:]:
            if "=" in p:
                k, val = p.split("=", 1)
                if k.strip().lower() == "q":
                    q = float(val.strip())
        t = parts[0].lower()
        m = VENDOR.match(t)
        if m:
            explicit[int(m.group(1))] = q
            continue
        rank = GENERIC_RANK.get(t, -1)
        if rank > generic_rank:
            generic_rank = rank
            generic_q = q

    best = None
    best_key = None
    for v in supported:
        if v in explicit:
            q, is_explicit = explicit[v], 1
        elif generic_q is not None:
            q, is_explicit = generic_q, 0
        else:
            continue
        if q <= 0:
            continue
        pref = v if is_explicit else (float("inf") if v == defaultVersion else v)
        key = (q, is_explicit, pref)
        if best_key is None or key > best_key:
            best, best_key = v, key
    if best is None:
        return {"status": 406, "version": None}
    return {"status": 200, "version": best}
