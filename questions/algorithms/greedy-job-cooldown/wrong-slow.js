// Correct greedy, but simulates the schedule one slot at a time (idle slots included): O(answer * log k),
// hopeless for long cooldowns.
function minBatchSlots(jobs, cooldown) {
  const counts = new Map();
  for (const j of jobs) counts.set(j, (counts.get(j) || 0) + 1);
  const ready = [...counts.values()].sort((a, b) => b - a);
  const waiting = [];
  let head = 0;
  let time = 0;
  const push = (left) => {
    let i = ready.length;
    ready.push(left);
    while (i > 0 && ready[i - 1] < left) { ready[i] = ready[i - 1]; i--; }
    ready[i] = left;
  };
  while (ready.length > 0 || head < waiting.length) {
    time++;
    if (ready.length > 0) {
      const left = ready.shift() - 1;
      if (left > 0) waiting.push([time + cooldown, left]);
    }
    if (head < waiting.length && waiting[head][0] === time) push(waiting[head++][1]);
  }
  return time;
}
