_MISSING = object()


def _resolve(request, path):
    scope, _, key = path.partition(".")
    part = request.get(scope)
    if not isinstance(part, dict) or key not in part:
        return _MISSING
    return part[key]


def _is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _holds(c, request):
    a = _resolve(request, c["attr"])
    if a is _MISSING:
        return False
    op, v = c["op"], c.get("value")
    if op == "equals":
        return a == v and type(a) is type(v)
    if op == "in":
        return isinstance(v, list) and any(a == x and type(a) is type(x) for x in v)
    if op == "gte":
        return _is_num(a) and a >= v
    if op == "lte":
        return _is_num(a) and a <= v
    if op == "sameAs":
        b = _resolve(request, v)
        return b is not _MISSING and a == b and type(a) is type(b)
    return False


def decide(policy, request):
    def applies(rule):
        acts = rule["actions"]
        return ("*" in acts or request["action"] in acts) and all(_holds(c, request) for c in rule["when"])

    if any(r["effect"] == "deny" and applies(r) for r in policy):
        return "deny"
    return "allow" if any(r["effect"] == "allow" and applies(r) for r in policy) else "deny"
