# Re-links the nodes correctly but returns the old head (now the tail) instead of the new head.
def reverseChain(head):
    prev = None
    cur = head
    while cur is not None:
        nxt = cur["next"]
        cur["next"] = prev
        prev = cur
        cur = nxt
    return head
