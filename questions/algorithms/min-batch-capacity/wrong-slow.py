# Tries every capacity upwards from the largest file: O(n * S).
def minCapacity(jobs, days):
    cap = max(jobs)
    while True:
        nights, load = 1, 0
        for j in jobs:
            if load + j > cap:
                nights += 1
                load = 0
            load += j
        if nights <= days:
            return cap
        cap += 1
