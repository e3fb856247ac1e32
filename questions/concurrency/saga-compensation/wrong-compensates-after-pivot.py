# Treats every step alike: a failing step after the pivot triggers compensation instead of retries,
# although the pivot (the card was charged) can no longer be undone.
def runSaga(steps, failures):
    log, left, done = [], dict(failures), []

    def attempt(a):
        n = left.get(a, 0)
        if n > 0:
            left[a] = n - 1
        return n == 0

    for s in steps:
        name = s["name"]
        if not attempt(name):
            log.append(f"do {name} failed")
            for d in reversed(done):
                while not attempt(f"undo {d}"):
                    log.append(f"undo {d} failed")
                log.append(f"undo {d}")
            log.append("compensated")
            return log
        log.append(f"do {name}")
        if s["kind"] == "compensatable":
            done.append(name)
    log.append("committed")
    return log
