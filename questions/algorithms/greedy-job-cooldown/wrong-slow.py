# Correct greedy, but simulates the schedule one slot at a time (idle slots included): O(answer * log k), hopeless for long cooldowns.
import heapq
from collections import Counter, deque


def minBatchSlots(jobs, cooldown):
    heap = [-c for c in Counter(jobs).values()]
    heapq.heapify(heap)
    waiting = deque()
    time = 0
    while heap or waiting:
        time += 1
        if heap:
            left = heapq.heappop(heap) + 1
            if left:
                waiting.append((time + cooldown, left))
        if waiting and waiting[0][0] == time:
            heapq.heappush(heap, waiting.popleft()[1])
    return time
