def budgetCombos(sizes, target):
    s = sorted(sizes)
    out, path = [], []

    def go(start, left):
        if left == 0:
            out.append(list(path))
            return
        for i in range(start, len(s)):
            if s[i] > left:
                break
            path.append(s[i])
            go(i, left - s[i])
            path.pop()

    go(0, target)
    return out
