def groupAnagrams(tags):
    groups = {}
    for t in tags:
        groups.setdefault("".join(sorted(t)), []).append(t)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: g[0])
