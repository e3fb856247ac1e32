def isValidIndex(root):
    def check(node, low, high):
        if node is None:
            return True
        v = node["val"]
        if (low is not None and v <= low) or (high is not None and v >= high):
            return False
        return check(node["left"], low, v) and check(node["right"], v, high)

    return check(root, None, None)
