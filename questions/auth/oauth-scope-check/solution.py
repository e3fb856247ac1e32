import re

# RFC 6749 section 3.3: scope = scope-token *( SP scope-token ), scope-token = 1*( %x21 / %x23-5B / %x5D-7E ).
_TOKEN = r"[\x21\x23-\x5B\x5D-\x7E]+"
_SCOPE = re.compile(_TOKEN + "(?: " + _TOKEN + ")*")


def scopeAllows(granted, required):
    if not required:
        return True
    if not _SCOPE.fullmatch(granted):
        return False
    have = set(granted.split(" "))
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
