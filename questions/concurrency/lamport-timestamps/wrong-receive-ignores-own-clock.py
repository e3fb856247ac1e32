# On receive jumps to the message's timestamp + 1, even when the receiver's own clock is further
# ahead: its clock goes backwards.
def lamportTimestamps(events):
    clock, sent_at, out = {}, {}, []
    for e in events:
        t = clock.get(e["node"], 0)
        if e["kind"] == "recv":
            t = sent_at[e["msg"]] + 1
        else:
            t += 1
        if e["kind"] == "send":
            sent_at[e["msg"]] = t
        clock[e["node"]] = t
        out.append(t)
    return out
