# Always adds both children's gains, even negative ones, instead of dropping branches that hurt.
def bestPathScore(root):
    best = float("-inf")

    def gain(node):
        nonlocal best
        if node is None:
            return 0
        left = gain(node["left"])
        right = gain(node["right"])
        best = max(best, node["val"] + left + right)
        return node["val"] + max(left, right)

    gain(root)
    return best
