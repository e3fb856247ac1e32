# Follows inheritance without remembering visited roles: a cycle never ends (and, walking one role at
# a time, it never runs out of memory either: the run is stopped by the time limit).
def isAllowed(policy, roles, permission):
    def grants(p):
        return p == "*" or p == permission or (p.endswith(":*") and permission.startswith(p[:-1]))

    denied = {role for role, p in policy["deny"] if grants(p)}
    allowed = False
    stack = list(roles)
    while stack:
        r = stack.pop()
        if r not in policy["roles"]:
            continue
        if r in denied:
            return False
        if any(grants(p) for p in policy["roles"][r]["permissions"]):
            allowed = True
        stack.extend(policy["roles"][r]["inherits"])
    return allowed
