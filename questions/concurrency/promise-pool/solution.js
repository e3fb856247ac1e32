async function promisePool(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  async function worker() {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  }
  const workers = [];
  for (let k = 0; k < Math.min(limit, tasks.length); k++) workers.push(worker());
  await Promise.all(workers);
  return results;
}
