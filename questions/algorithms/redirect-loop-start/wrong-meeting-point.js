// Returns the node where the fast and slow pointers meet, which is inside the loop but not its first link.
function redirectLoopStart(links, start) {
  let slow = start;
  let fast = start;
  while (fast !== -1 && links[fast] !== -1) {
    slow = links[slow];
    fast = links[links[fast]];
    if (slow === fast) return slow;
  }
  return -1;
}
