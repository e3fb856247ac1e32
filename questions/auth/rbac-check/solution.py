def isAllowed(policy, roles, permission):
    effective = set()
    stack = list(roles)
    while stack:
        r = stack.pop()
        if r in effective or r not in policy["roles"]:
            continue
        effective.add(r)
        stack.extend(policy["roles"][r].get("inherits", []))

    def grants(pattern):
        return pattern == "*" or pattern == permission or (pattern.endswith(":*") and permission.startswith(pattern[:-1]))

    if any(role in effective and grants(p) for role, p in policy.get("deny", [])):
        return False
    return any(grants(p) for r in effective for p in policy["roles"][r].get("permissions", []))
