# Splits on any run of whitespace, so a scope string RFC 6749 calls malformed (tabs, doubled spaces)
# still grants scopes instead of nothing.
def scopeAllows(granted, required):
    have = set(granted.split())
    for scope in required:
        resource, _, action = scope.partition(":")
        if scope in have or resource + ":*" in have or (action == "read" and resource + ":write" in have):
            continue
        return False
    return True
