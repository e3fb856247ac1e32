// The single valid log; rejects a case whose steps break the promised shape.
function runSaga(steps, failures) {
  const rank = { compensatable: 0, pivot: 1, retriable: 2 };
  const names = new Set();
  let last = 0, pivots = 0;
  for (const s of steps) {
    if (!(s.kind in rank)) throw new Error(`unknown kind ${s.kind}`);
    if (rank[s.kind] < last) throw new Error('steps must be compensatable, then at most one pivot, then retriable');
    last = rank[s.kind];
    if (s.kind === 'pivot' && ++pivots > 1) throw new Error('more than one pivot');
    if (!/^[a-z][a-z-]*$/.test(s.name) || names.has(s.name)) throw new Error(`bad or repeated name ${s.name}`);
    names.add(s.name);
  }
  for (const [k, v] of Object.entries(failures)) {
    const m = /^(undo )?([a-z][a-z-]*)$/.exec(k);
    if (!m || !names.has(m[2]) || !Number.isInteger(v) || v < 0 || v > 20) throw new Error(`bad failure entry ${k}: ${v}`);
  }
  const log = [];
  const left = new Map(Object.entries(failures));
  const attempt = (a) => { const n = left.get(a) ?? 0; if (n > 0) left.set(a, n - 1); return n === 0; };
  const done = [];
  for (const s of steps) {
    if (s.kind === 'retriable') { while (!attempt(s.name)) log.push(`do ${s.name} failed`); log.push(`do ${s.name}`); continue; }
    if (!attempt(s.name)) {
      log.push(`do ${s.name} failed`);
      for (const d of [...done].reverse()) { while (!attempt(`undo ${d}`)) log.push(`undo ${d} failed`); log.push(`undo ${d}`); }
      log.push('compensated');
      return [log];
    }
    log.push(`do ${s.name}`);
    if (s.kind === 'compensatable') done.push(s.name);
  }
  log.push('committed');
  return [log];
}
