def waitForHigher(loads):
    out = [0] * len(loads)
    stack = []
    for i, x in enumerate(loads):
        while stack and loads[stack[-1]] < x:
            j = stack.pop()
            out[j] = i - j
        stack.append(i)
    return out
