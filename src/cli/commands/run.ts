import { promises as fs } from 'fs';
import * as path from 'path';
import type { Language } from '../../core/model';
import { display } from '../../core/judge/values';
import { ALL_RUNTIMES, runtimeForFile, RUNTIMES } from '../../core/runtimes';
import { resolveQuestion } from '../context';
import { parseArgs, UsageError, type CliCommand } from '../types';

export function languageFromFile(file: string): Language {
  const runtime = runtimeForFile(file);
  if (!runtime) throw new UsageError(`cannot tell the language of "${file}" (use ${ALL_RUNTIMES.flatMap((r) => r.extensions).join(', ')})`);
  return runtime.id;
}

export const command: CliCommand = {
  name: 'run',
  summary: 'Run a question\'s test cases against a solution file (visible cases; --submit for all)',
  usage: 'drills run <id|file.yaml> <solution-file> [--submit] [--json] [--fingerprints]',
  async run(argv, io) {
    const { positionals, flags } = parseArgs(argv, { flags: ['json', 'submit', 'fingerprints'] });
    if (positionals.length !== 2) throw new UsageError('give a question and a solution file');
    const [target, solutionFile] = positionals as [string, string];
    const q = await resolveQuestion(target, io);
    const file = path.resolve(io.cwd, solutionFile);
    const code = await fs.readFile(file, 'utf8').catch(() => {
      throw new UsageError(`cannot read ${solutionFile}`);
    });
    const language = languageFromFile(file);
    const runtime = RUNTIMES[language];
    const supported = runtime.supports(q);
    if (supported !== true) {
      const answeredBy = ALL_RUNTIMES.filter((r) => r.supports(q) === true);
      throw new UsageError(answeredBy.length ? `${supported}: give a ${answeredBy.map((r) => r.extensions[0]).join(', ')} file` : `"${q.id}" is a ${q.kind} drill: it has no test cases (try drills review)`);
    }
    // The judge (child processes, worker threads) is loaded only by the commands that run code.
    const { cliJudge } = await import('../judge');
    let result;
    try {
      result = await cliJudge(io.env).run(q, { language, code, file }, { mode: flags.has('submit') ? 'submit' : 'run', trusted: q.source !== 'workspace', fingerprints: flags.has('fingerprints') || flags.has('json'), ...(io.signal ? { signal: io.signal } : {}) });
    } catch (e) {
      io.err(`drills run: ${(e as Error).message}`);
      return 2;
    }
    for (const w of result.warnings ?? []) io.err(`drills run: warning: ${w}`);
    if (flags.has('json')) {
      io.out(
        JSON.stringify(
          {
            question: q.id,
            language,
            verdict: result.verdict,
            cases: result.cases.map((c) => ({ name: c.name, verdict: c.verdict, timeMs: c.timeMs, expected: display(c.expected), actual: c.actual, stdout: c.stdout, error: c.error ?? null, ...(c.answerSha256 ? { answerSha256: c.answerSha256 } : {}) })),
          },
          null,
          2,
        ),
      );
    } else {
      for (const c of result.cases) {
        const mark = c.verdict === 'accepted' ? '✓' : '✗';
        io.out(`${mark} ${c.name.padEnd(32)} ${c.verdict.padEnd(14)} ${c.timeMs.toFixed(1).padStart(8)} ms${c.hidden ? '  (hidden)' : ''}`);
        if (flags.has('fingerprints') && c.answerSha256) io.out(`    expectedSha256: ${c.answerSha256}`);
        if (c.verdict !== 'accepted') {
          if (c.expected !== undefined) io.out(`    expected: ${JSON.stringify(display(c.expected))}`);
          if (c.actual !== undefined) io.out(`    actual:   ${JSON.stringify(c.actual)}`);
          if (c.error) io.out(`    ${c.line ? `line ${c.line}: ` : ''}${c.error}`);
        }
      }
      const passed = result.cases.filter((c) => c.verdict === 'accepted').length;
      io.out(`${q.id}: ${passed}/${result.cases.length} passed, ${result.verdict} (${result.totalMs} ms)`);
    }
    return result.verdict === 'accepted' ? 0 : 1;
  },
};
