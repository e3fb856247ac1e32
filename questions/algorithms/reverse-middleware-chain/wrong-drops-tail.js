// Stops while the current node still has a successor, so the last node is never re-linked and is lost.
function reverseChain(head) {
  let prev = null;
  let cur = head;
  while (cur !== null && cur.next !== null) {
    const next = cur.next;
    cur.next = prev;
    prev = cur;
    cur = next;
  }
  return prev;
}
