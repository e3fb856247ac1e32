def _num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def claimProblems(claims, expected, now):
    out = []
    skew = expected["skewSeconds"]
    if claims.get("iss") != expected["issuer"]:
        out.append("issuer")
    aud = claims.get("aud")
    aud = [aud] if isinstance(aud, str) else aud if isinstance(aud, list) else []
    if expected["audience"] not in aud:
        out.append("audience")
    exp = claims.get("exp")
    if not _num(exp) or now >= exp + skew:
        out.append("expired")
    if "nbf" in claims and (not _num(claims["nbf"]) or now < claims["nbf"] - skew):
        out.append("not-yet-valid")
    if "iat" in claims and (not _num(claims["iat"]) or claims["iat"] > now + skew):
        out.append("issued-in-future")
    scope = claims.get("scope")
    granted = set(scope.split()) if isinstance(scope, str) else set()
    if not all(s in granted for s in expected["scopes"]):
        out.append("scope")
    return out
