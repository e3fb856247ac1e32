function redirectLoopStart(links, start) {
  let slow = start;
  let fast = start;
  while (fast !== -1 && links[fast] !== -1) {
    slow = links[slow];
    fast = links[links[fast]];
    if (slow === fast) {
      let p = start;
      while (p !== slow) {
        p = links[p];
        slow = links[slow];
      }
      return p;
    }
  }
  return -1;
}
