// Correct, but remembers the walk in an array and checks membership by scanning it: quadratic time.
function redirectLoopStart(links, start) {
  const seen = [];
  for (let cur = start; cur !== -1; cur = links[cur]) {
    if (seen.includes(cur)) return cur;
    seen.push(cur);
  }
  return -1;
}
