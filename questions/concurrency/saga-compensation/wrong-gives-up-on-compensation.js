// Tries each compensation once and moves on when it fails, leaving a reservation held forever.
function runSaga(steps, failures) {
  const log = [];
  const left = new Map(Object.entries(failures));
  const attempt = (a) => { const n = left.get(a) ?? 0; if (n > 0) left.set(a, n - 1); return n === 0; };
  const done = [];
  for (const s of steps) {
    if (s.kind === 'retriable') { while (!attempt(s.name)) log.push(`do ${s.name} failed`); log.push(`do ${s.name}`); continue; }
    if (!attempt(s.name)) {
      log.push(`do ${s.name} failed`);
      for (const d of [...done].reverse()) log.push(attempt(`undo ${d}`) ? `undo ${d}` : `undo ${d} failed`);
      log.push('compensated');
      return log;
    }
    log.push(`do ${s.name}`);
    if (s.kind === 'compensatable') done.push(s.name);
  }
  log.push('committed');
  return log;
}
