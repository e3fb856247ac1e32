def maxJobs(jobs):
    count = 0
    free = float("-inf")
    for s, e in sorted(jobs, key=lambda j: j[1]):
        if s >= free:
            count += 1
            free = e
    return count
