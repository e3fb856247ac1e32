import { promises as fs } from 'fs';
import * as path from 'path';
import { resolveQuestion } from '../context';
import { parseArgs, UsageError, type CliCommand } from '../types';
import { languageFromFile } from './run';
import { pointTime } from '../../core/judge/complexity';

export const command: CliCommand = {
  name: 'measure',
  summary: 'Time a solution at growing input sizes and compare the growth with the complexity you claimed',
  usage: 'drills measure <id|file.yaml> <solution-file> [--json]',
  async run(argv, io) {
    const { positionals, flags } = parseArgs(argv, { flags: ['json'] });
    if (positionals.length !== 2) throw new UsageError('give a question and a solution file');
    const [target, solutionFile] = positionals as [string, string];
    const q = await resolveQuestion(target, io);
    if (!q.scaling) throw new UsageError(`"${q.id}" has no scaling generator; its complexity cannot be measured`);
    const file = path.resolve(io.cwd, solutionFile);
    const code = await fs.readFile(file, 'utf8').catch(() => {
      throw new UsageError(`cannot read ${solutionFile}`);
    });
    const { cliJudge } = await import('../judge');
    let m;
    try {
      m = await cliJudge(io.env).measure(q, { language: languageFromFile(file), code, file }, io.signal ? { signal: io.signal } : {});
    } catch (e) {
      io.err(`drills measure: ${(e as Error).message}`);
      return 1;
    }
    if (flags.has('json')) {
      io.out(JSON.stringify({ question: q.id, measured: m.fit.cls ?? null, confidence: m.fit.confidence, claimed: m.claimed ?? null, agrees: m.agrees ?? null, message: m.message, points: m.points }, null, 2));
    } else {
      // A fast call is timed over several calls at once: the time is one call's, the count how many were timed together.
      io.out(`${'n'.padStart(10)}  ${'time (ms)'.padStart(12)}  ${'calls'.padStart(6)}`);
      for (const p of m.points) io.out(`${String(p.n).padStart(10)}  ${pointTime(p).padStart(12)}  ${String(p.calls ?? 1).padStart(6)}`);
      io.out(`measured: ${m.fit.cls ?? 'unknown'}${m.fit.note ? ` (${m.fit.note})` : ''}`);
      io.out(m.message);
    }
    return m.agrees === false ? 1 : 0;
  },
};
