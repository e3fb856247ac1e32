# Correct, but remembers the walk in a list and checks membership by scanning it: quadratic time.
def redirectLoopStart(links, start):
    seen = []
    cur = start
    while cur != -1:
        if cur in seen:
            return cur
        seen.append(cur)
        cur = links[cur]
    return -1
