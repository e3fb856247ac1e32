// Every id in 0..n not in the log; throws when an id is outside 0..n.
function missingId(ids) {
  const n = ids.length;
  const seen = new Set(ids);
  for (const id of ids) if (id < 0 || id > n) throw new Error(`id ${id} is outside 0..${n}`);
  const answers = [];
  for (let i = 0; i <= n; i++) if (!seen.has(i)) answers.push(i);
  return answers;
}
