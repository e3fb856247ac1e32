# Correct timestamps, but finds each message's send by scanning the events already stamped:
# quadratic when receives come long after their sends.
def lamportTimestamps(events):
    clock, out = {}, []
    for i, e in enumerate(events):
        t = clock.get(e["node"], 0)
        if e["kind"] == "recv":
            sent = 0
            for j in range(i):
                if events[j]["kind"] == "send" and events[j].get("msg") == e["msg"]:
                    sent = out[j]
            t = max(t, sent) + 1
        else:
            t += 1
        clock[e["node"]] = t
        out.append(t)
    return out
