# Compensates completed steps in the order they ran: a refund before the shipment is cancelled.
def runSaga(steps, failures):
    log, left, done = [], dict(failures), []

    def attempt(a):
        n = left.get(a, 0)
        if n > 0:
            left[a] = n - 1
        return n == 0

    for s in steps:
        name, kind = s["name"], s["kind"]
        if kind == "retriable":
            while not attempt(name):
                log.append(f"do {name} failed")
            log.append(f"do {name}")
            continue
        if not attempt(name):
            log.append(f"do {name} failed")
            for d in done:
                while not attempt(f"undo {d}"):
                    log.append(f"undo {d} failed")
                log.append(f"undo {d}")
            log.append("compensated")
            return log
        log.append(f"do {name}")
        if kind == "compensatable":
            done.append(name)
    log.append("committed")
    return log
