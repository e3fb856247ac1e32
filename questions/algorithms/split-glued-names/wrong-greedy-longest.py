# Always cuts the longest name that matches and never reconsiders.
def canSplit(token, names):
    ordered = sorted(names, key=len, reverse=True)
    i = 0
    while i < len(token):
        name = next((n for n in ordered if token.startswith(n, i)), None)
        if name is None:
            return False
        i += len(name)
    return True
