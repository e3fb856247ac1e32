import threading


def promisePool(tasks, limit):
    results = [None] * len(tasks)
    errors = []
    lock = threading.Lock()
    state = {"next": 0}

    def worker():
        while True:
            with lock:
                if errors or state["next"] >= len(tasks):
                    return
                i = state["next"]
                state["next"] += 1
            try:
                results[i] = tasks[i]()
            except BaseException as e:
                with lock:
                    errors.append(e)
                return

    threads = [threading.Thread(target=worker) for _ in range(min(limit, len(tasks)))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return results
