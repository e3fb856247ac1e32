import * as fs from 'fs';
import { Judge } from '../../../src/core/judge';
import { parseQuestion } from '../../../src/core/questions/loader';
import type { Question } from '../../../src/core/model';

export function makeJudge(): Judge {
  return new Judge({ nodePath: process.execPath });
}

export function question(yaml: string): Question {
  const text = ['id: q', 'title: Q', 'topic: algorithms', 'difficulty: easy', 'minutes: 10', 'prompt: p', yaml].join('\n');
  const r = parseQuestion(text, 'q.yaml', 'builtin');
  if (!r.question) throw new Error(r.diagnostics.map((d) => `${d.line}: ${d.message}`).join('\n'));
  return r.question;
}

/**
 * Judged processes this test process started that are still running: any process whose command
 * line, working folder or environment names one of this process's run folders
 * (`drills-run-<this pid>-…`). That finds a solution's grandchildren after they were re-parented,
 * and never another program's judge running elsewhere on the machine.
 */
export function leftoverProcesses(owner = process.pid): string[] {
  const mark = `drills-run-${owner}-`;
  const found: string[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    const read = (what: string): string => {
      try {
        return what === 'cwd' ? fs.readlinkSync(`/proc/${entry}/cwd`) : fs.readFileSync(`/proc/${entry}/${what}`, 'latin1');
      } catch {
        return '';
      }
    };
    const cmdline = read('cmdline').replace(/\0/g, ' ').trim();
    if (cmdline.includes(mark) || read('cwd').includes(mark) || read('environ').includes(mark)) found.push(`${entry} ${cmdline}`);
  }
  return found;
}

/**
 * The leftovers once killed processes had time to die: a SIGKILL is delivered at once but a loaded
 * machine may take a moment to tear a process down. A real leftover is still there after a second.
 */
export async function lastingLeftovers(owner = process.pid): Promise<string[]> {
  let found = leftoverProcesses(owner);
  for (let waited = 0; found.length > 0 && waited < 1000; waited += 50) {
    await new Promise((r) => setTimeout(r, 50));
    found = leftoverProcesses(owner);
  }
  return found;
}
