# Compares each tag with the first tag of every group found so far: O(n * groups) sorts, too slow.
def groupAnagrams(tags):
    groups = []
    for t in tags:
        for g in groups:
            if sorted(g[0]) == sorted(t):
                g.append(t)
                break
        else:
            groups.append([t])
    return sorted((sorted(g) for g in groups), key=lambda g: g[0])
