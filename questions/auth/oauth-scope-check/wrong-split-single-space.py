# Splits on a single space only: repeated spaces, tabs and newlines break scopes apart wrongly.
def scopeAllows(granted, required):
    have = set(granted.split(" "))
    for scope in required:
        resource, _, action = scope.partition(":")
        if scope in have or resource + ":*" in have or (action == "read" and resource + ":write" in have):
            continue
        return False
    return True
