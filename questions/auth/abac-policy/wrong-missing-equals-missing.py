# Looks attributes up with .get(), so a missing owner "equals" a missing subject id and anyone gets in.
def decide(policy, request):
    def get(path):
        scope, _, key = path.partition(".")
        return (request.get(scope) or {}).get(key)

    def holds(c):
        a, op, v = get(c["attr"]), c["op"], c.get("value")
        if op == "equals":
            return a == v
        if op == "in":
            return a in v
        if op == "gte":
            return isinstance(a, (int, float)) and a >= v
        if op == "lte":
            return isinstance(a, (int, float)) and a <= v
        if op == "sameAs":
            return a == get(v)
        return False

    def applies(rule):
        return ("*" in rule["actions"] or request["action"] in rule["actions"]) and all(holds(c) for c in rule["when"])

    if any(r["effect"] == "deny" and applies(r) for r in policy):
        return "deny"
    return "allow" if any(r["effect"] == "allow" and applies(r) for r in policy) else "deny"
