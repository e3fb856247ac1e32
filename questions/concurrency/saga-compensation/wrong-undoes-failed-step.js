// Also compensates the step that failed, although its local transaction rolled back and changed nothing.
function runSaga(steps, failures) {
  const log = [];
  const left = new Map(Object.entries(failures));
  const attempt = (a) => { const n = left.get(a) ?? 0; if (n > 0) left.set(a, n - 1); return n === 0; };
  const done = [];
  for (const s of steps) {
    if (s.kind === 'retriable') { while (!attempt(s.name)) log.push(`do ${s.name} failed`); log.push(`do ${s.name}`); continue; }
    if (s.kind === 'compensatable') done.push(s.name);
    if (!attempt(s.name)) {
      log.push(`do ${s.name} failed`);
      for (const d of [...done].reverse()) { while (!attempt(`undo ${d}`)) log.push(`undo ${d} failed`); log.push(`undo ${d}`); }
      log.push('compensated');
      return log;
    }
    log.push(`do ${s.name}`);
  }
  log.push('committed');
  return log;
}
