# Records every span's parent, collects a's ancestors, then climbs from b to the first shared one.
def nearestCaller(root, a, b):
    parent = {root["val"]: None}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node["left"], node["right"]):
            if child is not None:
                parent[child["val"]] = node["val"]
                stack.append(child)
    ancestors = set()
    x = a
    while x is not None:
        ancestors.add(x)
        x = parent[x]
    y = b
    while y not in ancestors:
        y = parent[y]
    return y
