# Uses a set per group, so repeated tags collapse into one.
def groupAnagrams(tags):
    groups = {}
    for t in tags:
        groups.setdefault("".join(sorted(t)), set()).add(t)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])
