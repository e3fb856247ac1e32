# Takes the first three matches in catalogue order instead of the three smallest names.
def suggestNames(names, typed):
    seen = []
    for name in names:
        if name not in seen:
            seen.append(name)
    out = []
    for i in range(1, len(typed) + 1):
        prefix = typed[:i]
        out.append([w for w in seen if w.startswith(prefix)][:3])
    return out
