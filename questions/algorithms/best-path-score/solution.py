def bestPathScore(root):
    best = float("-inf")

    def gain(node):
        nonlocal best
        if node is None:
            return 0
        left = max(0, gain(node["left"]))
        right = max(0, gain(node["right"]))
        best = max(best, node["val"] + left + right)
        return node["val"] + max(left, right)

    gain(root)
    return best
