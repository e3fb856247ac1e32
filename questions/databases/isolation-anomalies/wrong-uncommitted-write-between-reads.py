# Counts another transaction's write between the two reads as a non-repeatable read even when it
# had not committed yet (at read committed the second read cannot see it).
import re


def isolationAnomalies(history):
    ops = []
    for at, s in enumerate(history):
        m = re.fullmatch(r"([rwca])(\d+)(?:\((\w+)\))?", s)
        ops.append((m.group(1), m.group(2), m.group(3), at))
    end, commit = {}, {}
    for kind, txn, _, at in ops:
        if kind in "ca":
            end[txn] = at
        if kind == "c":
            commit[txn] = at
    reads = [(t, x, at) for k, t, x, at in ops if k == "r"]
    writes = [(t, x, at) for k, t, x, at in ops if k == "w"]
    found = set()

    for rt, rx, rat in reads:
        for wt, wx, wat in writes:
            if wx == rx and wt != rt and wat < rat and end.get(wt, float("inf")) > rat:
                found.add("dirty-read")

    for at_, ax, aat in reads:
        for bt, bx, bat in reads:
            if at_ != bt or ax != bx or aat >= bat:
                continue
            for wt, wx, _ in writes:
                if wx == ax and wt != at_ and aat < _ < bat:
                    found.add("non-repeatable-read")

    def write_set(t):
        return {x for wt, x, _ in writes if wt == t}

    def last_read(t, item, before):
        ps = [at for rt, x, at in reads if rt == t and x == item and at < before]
        return max(ps) if ps else -1

    for i in commit:
        for j in commit:
            if i == j:
                continue
            ci, cj = commit[i], commit[j]
            wi, wj = write_set(i), write_set(j)
            if ci > cj:
                for wt, x, wat in writes:
                    if wt == i and x in wj:
                        p = last_read(i, x, wat)
                        if 0 <= p < cj:
                            found.add("lost-update")
            if wi and wj and not (wi & wj):
                i_reads_j = any(rt == i and x in wj and at < cj for rt, x, at in reads)
                j_reads_i = any(rt == j and x in wi and at < ci for rt, x, at in reads)
                if i_reads_j and j_reads_i:
                    found.add("write-skew")
    return sorted(found)
