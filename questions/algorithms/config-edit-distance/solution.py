def editDistance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            if ca == b[j - 1]:
                cur[j] = prev[j - 1]
            else:
                x, y, z = prev[j - 1], prev[j], cur[j - 1]
                cur[j] = 1 + (x if x < y and x < z else y if y < z else z)
        prev = cur
    return prev[-1]
