// Uses a plain FIFO queue: a valid order, but not the alphabetically smallest one when several are ready.
function deployOrder(services, dependsOn) {
  const waiting = new Map(services.map((s) => [s, 0]));
  const dependents = new Map(services.map((s) => [s, []]));
  for (const [a, b] of dependsOn) {
    waiting.set(a, waiting.get(a) + 1);
    dependents.get(b).push(a);
  }
  const queue = [...services].sort().filter((s) => waiting.get(s) === 0);
  const order = [];
  for (let i = 0; i < queue.length; i++) {
    const s = queue[i];
    order.push(s);
    for (const d of dependents.get(s)) {
      waiting.set(d, waiting.get(d) - 1);
      if (waiting.get(d) === 0) queue.push(d);
    }
  }
  return order.length === services.length ? order : [];
}
