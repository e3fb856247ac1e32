// Every id that appears exactly once; a case where some id appears neither once nor three times breaks the prompt.
function loneRequestId(ids) {
  const counts = new Map();
  for (const x of ids) counts.set(x, (counts.get(x) || 0) + 1);
  for (const [id, c] of counts) if (c !== 1 && c !== 3) throw new Error(`id ${id} appears ${c} times; the prompt promises once or three times`);
  return [...counts].filter(([, c]) => c === 1).map(([id]) => id);
}
