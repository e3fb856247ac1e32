function runSaga(steps, failures) {
  const log = [];
  const left = new Map(Object.entries(failures)); // action -> attempts that will still fail
  const attempt = (action) => {
    const n = left.get(action) ?? 0;
    if (n > 0) left.set(action, n - 1);
    return n === 0;
  };
  const done = []; // compensatable steps that completed, in order
  for (const step of steps) {
    if (step.kind === 'retriable') {
      while (!attempt(step.name)) log.push(`do ${step.name} failed`);
      log.push(`do ${step.name}`);
      continue;
    }
    if (!attempt(step.name)) {
      log.push(`do ${step.name} failed`);
      for (let i = done.length - 1; i >= 0; i--) {
        const undo = `undo ${done[i]}`;
        while (!attempt(undo)) log.push(`${undo} failed`);
        log.push(undo);
      }
      log.push('compensated');
      return log;
    }
    log.push(`do ${step.name}`);
    if (step.kind === 'compensatable') done.push(step.name);
  }
  log.push('committed');
  return log;
}
