import { promises as fs } from 'fs';
import * as path from 'path';
import { LANGUAGE_EXTENSIONS, type SolutionLanguage } from '../../core/model';
import { display } from '../../core/judge/values';
import { openBank, resolveQuestion } from '../context';
import { cliJudge } from '../judge';
import { parseArgs, UsageError, type CliCommand } from '../types';

export function languageFromFile(file: string): SolutionLanguage {
  const ext = path.extname(file).toLowerCase();
  const found = (Object.entries(LANGUAGE_EXTENSIONS) as [SolutionLanguage, string][]).find(([, e]) => e === ext);
  if (!found) throw new UsageError(`cannot tell the language of "${file}" (use .js, .ts, .py or .sql)`);
  return found[0];
}

export const command: CliCommand = {
  name: 'run',
  summary: 'Run a question\'s test cases against a solution file (visible cases; --submit for all)',
  usage: 'drills run <id|file.yaml> <solution-file> [--submit] [--json] [--fingerprints]',
  async run(argv, io) {
    const { positionals, flags } = parseArgs(argv, { flags: ['json', 'submit', 'fingerprints'] });
    if (positionals.length !== 2) throw new UsageError('give a question and a solution file');
    const [target, solutionFile] = positionals as [string, string];
    const { bank } = await openBank();
    const q = await resolveQuestion(bank, target, io.cwd);
    const file = path.resolve(io.cwd, solutionFile);
    const code = await fs.readFile(file, 'utf8').catch(() => {
      throw new UsageError(`cannot read ${solutionFile}`);
    });
    const language = languageFromFile(file);
    if ((q.kind === 'sql') !== (language === 'sql')) throw new UsageError(q.kind === 'sql' ? `"${q.id}" is a SQL drill: give a .sql file` : `"${q.id}" is not a SQL drill`);
    if (q.kind !== 'coding' && q.kind !== 'sql') throw new UsageError(`"${q.id}" is a ${q.kind} drill: it has no test cases (try drills review)`);
    let result;
    try {
      result = await cliJudge(io.env).run(q, { language, code, file }, { mode: flags.has('submit') ? 'submit' : 'run', trusted: q.source !== 'workspace' });
    } catch (e) {
      io.err(`drills run: ${(e as Error).message}`);
      return 2;
    }
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
