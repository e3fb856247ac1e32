# Starts every task at once: correct results, but the limit is ignored.
import threading


def promisePool(tasks, limit):
    results = [None] * len(tasks)
    errors = []

    def run(i):
        try:
            results[i] = tasks[i]()
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(tasks))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return results
