import { execFileSync } from 'child_process';
import { Judge } from '../../../src/core/judge';
import { parseQuestion } from '../../../src/core/questions/loader';
import type { Question } from '../../../src/core/model';

let python: string | undefined;
export function realPython(): string {
  python ??= execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
  return python;
}

export function makeJudge(): Judge {
  return new Judge({ nodePath: process.execPath, resolvePython: () => Promise.resolve(realPython()) });
}

export function question(yaml: string): Question {
  const text = ['id: q', 'title: Q', 'topic: algorithms', 'difficulty: easy', 'minutes: 10', 'prompt: p', yaml].join('\n');
  const r = parseQuestion(text, 'q.yaml', 'builtin');
  if (!r.question) throw new Error(r.diagnostics.map((d) => `${d.line}: ${d.message}`).join('\n'));
  return r.question;
}

/** Processes whose command line mentions a judge temp dir: none may survive a run. */
export function leftoverProcesses(): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.includes('drills-run-') && !l.includes('ps -eo'));
}
