def flagSubsets(flags):
    out, path = [], []

    def go(start):
        out.append(list(path))
        for i in range(start, len(flags)):
            path.append(flags[i])
            go(i + 1)
            path.pop()

    go(0)
    return out
