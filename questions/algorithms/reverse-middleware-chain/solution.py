def reverseChain(head):
    prev = None
    cur = head
    while cur is not None:
        nxt = cur["next"]
        cur["next"] = prev
        prev = cur
        cur = nxt
    return prev
