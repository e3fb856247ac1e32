def nearestCaller(root, a, b):
    def find(node):
        if node is None:
            return None
        if node["val"] == a or node["val"] == b:
            return node
        left = find(node["left"])
        right = find(node["right"])
        if left is not None and right is not None:
            return node
        return left if left is not None else right

    return find(root)["val"]
