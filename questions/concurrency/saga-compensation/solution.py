def runSaga(steps, failures):
    log = []
    left = dict(failures)

    def attempt(action):
        n = left.get(action, 0)
        if n > 0:
            left[action] = n - 1
        return n == 0

    done = []
    for step in steps:
        name, kind = step["name"], step["kind"]
        if kind == "retriable":
            while not attempt(name):
                log.append(f"do {name} failed")
            log.append(f"do {name}")
            continue
        if not attempt(name):
            log.append(f"do {name} failed")
            for prev in reversed(done):
                undo = f"undo {prev}"
                while not attempt(undo):
                    log.append(f"{undo} failed")
                log.append(undo)
            log.append("compensated")
            return log
        log.append(f"do {name}")
        if kind == "compensatable":
            done.append(name)
    log.append("committed")
    return log
