def lamportTimestamps(events):
    clock, sent_at, out = {}, {}, []
    for e in events:
        t = clock.get(e["node"], 0)
        if e["kind"] == "recv":
            t = max(t, sent_at[e["msg"]]) + 1
        else:
            t += 1
        if e["kind"] == "send":
            sent_at[e["msg"]] = t
        clock[e["node"]] = t
        out.append(t)
    return out
