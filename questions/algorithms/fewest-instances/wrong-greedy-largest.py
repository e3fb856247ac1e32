# Takes as many of the largest size as fit, then the next: fails when a smaller mix is needed.
def fewestInstances(sizes, target):
    left, count = target, 0
    for s in sorted(sizes, reverse=True):
        count += left // s
        left %= s
    return count if left == 0 else -1
