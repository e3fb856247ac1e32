# Seeds the heap with every stream's first line without checking for empty streams.
import heapq


def mergeLogStreams(streams):
    heap = [(s[0], i, 0) for i, s in enumerate(streams)]
    heapq.heapify(heap)
    out = []
    while heap:
        ts, i, pos = heapq.heappop(heap)
        out.append([ts, i])
        if pos + 1 < len(streams[i]):
            heapq.heappush(heap, (streams[i][pos + 1], i, pos + 1))
    return out
