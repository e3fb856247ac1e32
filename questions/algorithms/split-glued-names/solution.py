def canSplit(token, names):
    known = set(names)
    longest = max(len(name) for name in names)
    ok = [True] + [False] * len(token)
    for i in range(1, len(token) + 1):
        for length in range(1, min(longest, i) + 1):
            if ok[i - length] and token[i - length:i] in known:
                ok[i] = True
                break
    return ok[len(token)]
