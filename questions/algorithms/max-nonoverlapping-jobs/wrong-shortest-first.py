# Greedy on the shortest job: a short job straddling two others can cost two.
def maxJobs(jobs):
    chosen = []
    for s, e in sorted(jobs, key=lambda j: j[1] - j[0]):
        if all(e <= a or s >= b for a, b in chosen):
            chosen.append((s, e))
    return len(chosen)
