import heapq


def mergeLogStreams(streams):
    heap = [(s[0], i, 0) for i, s in enumerate(streams) if s]
    heapq.heapify(heap)
    out = []
    while heap:
        ts, i, pos = heap[0]
        out.append([ts, i])
        if pos + 1 < len(streams[i]):
            heapq.heapreplace(heap, (streams[i][pos + 1], i, pos + 1))
        else:
            heapq.heappop(heap)
    return out
