# Restarts from the first size every time: orderings of the same multiset come out as separate answers.
def budgetCombos(sizes, target):
    s = sorted(sizes)
    out = []

    def go(path, left):
        if left == 0:
            out.append(list(path))
            return
        for x in s:
            if x > left:
                break
            go(path + [x], left - x)

    go([], target)
    return sorted(out)
