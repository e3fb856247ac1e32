# Scans every stream's front for each emitted line: O(N * k), too slow with thousands of streams.
def mergeLogStreams(streams):
    pos = [0] * len(streams)
    out = []
    while True:
        best = -1
        for i, s in enumerate(streams):
            if pos[i] < len(s) and (best < 0 or s[pos[i]] < streams[best][pos[best]]):
                best = i
        if best < 0:
            return out
        out.append([streams[best][pos[best]], best])
        pos[best] += 1
