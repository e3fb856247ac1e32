def redirectLoopStart(links, start):
    slow = fast = start
    while fast != -1 and links[fast] != -1:
        slow = links[slow]
        fast = links[links[fast]]
        if slow == fast:
            p = start
            while p != slow:
                p = links[p]
                slow = links[slow]
            return p
    return -1
