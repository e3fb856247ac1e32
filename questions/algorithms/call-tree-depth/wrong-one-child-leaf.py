# Stops at any node missing a child, as if it were a leaf, so it misses chains through one-child nodes.
def maxTraceDepth(root):
    if root is None:
        return 0
    if root["left"] is None or root["right"] is None:
        return 1
    return 1 + max(maxTraceDepth(root["left"]), maxTraceDepth(root["right"]))
