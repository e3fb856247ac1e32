def maxTraceDepth(root):
    if root is None:
        return 0
    return 1 + max(maxTraceDepth(root["left"]), maxTraceDepth(root["right"]))
