# Follows inheritance without remembering visited roles: a cycle never ends.
def isAllowed(policy, roles, permission):
    def grants(p):
        return p == "*" or p == permission or (p.endswith(":*") and permission.startswith(p[:-1]))

    effective = []
    stack = list(roles)
    while stack:
        r = stack.pop()
        if r not in policy["roles"]:
            continue
        effective.append(r)
        stack.extend(policy["roles"][r]["inherits"])
    if any(role in effective and grants(p) for role, p in policy["deny"]):
        return False
    return any(grants(p) for r in effective for p in policy["roles"][r]["permissions"])
