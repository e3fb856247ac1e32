// Runs tasks in fixed batches of `limit`: never over the limit, but one slow task holds up the
// whole next batch.
async function promisePool(tasks, limit) {
  const results = [];
  for (let i = 0; i < tasks.length; i += limit) {
    const batch = tasks.slice(i, i + limit).map((t) => t());
    results.push(...(await Promise.all(batch)));
  }
  return results;
}
