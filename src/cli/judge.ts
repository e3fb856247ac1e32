import { execFile } from 'child_process';
import { Judge } from '../core/judge';

let python: Promise<string> | undefined;

/** The real Python binary behind `python3` (or $DRILLS_PYTHON), resolved once: shims cost ~300 ms a start. */
export function resolvePython(env: NodeJS.ProcessEnv): Promise<string> {
  python ??= new Promise((resolve, reject) => {
    const candidate = env['DRILLS_PYTHON'] || 'python3';
    execFile(candidate, ['-c', 'import sys; print(sys.executable)'], { timeout: 10_000 }, (err, stdout) => {
      if (err) reject(new Error(`Python 3 was not found ("${candidate}"); install it or set DRILLS_PYTHON`));
      else resolve(stdout.trim() || candidate);
    });
  });
  return python;
}

export function cliJudge(env: NodeJS.ProcessEnv): Judge {
  return new Judge({ nodePath: process.execPath, resolvePython: () => resolvePython(env) });
}
