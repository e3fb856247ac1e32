def scopeAllows(granted, required):
    have = set(granted.split())
    for scope in required:
        if scope in have:
            continue
        resource, sep, action = scope.partition(":")
        if not sep:
            return False
        if resource + ":*" in have or (action == "read" and resource + ":write" in have):
            continue
        return False
    return True
