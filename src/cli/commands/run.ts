import { promises as fs } from 'fs';
import * as path from 'path';
import type { Judge } from '../../core/judge';
import { counterexampleSupport, counterexampleYaml, DEFAULT_BUDGET_MS, failedGeneratedCase, readReference, SEARCH_MAX_N, type Counterexample } from '../../core/judge/counterexample';
import type { Language, Question, RunResult } from '../../core/model';
import { display } from '../../core/judge/values';
import { ALL_RUNTIMES, runtimeForFile, RUNTIMES } from '../../core/runtimes';
import { resolveQuestion } from '../context';
import { parseArgs, UsageError, type CliCommand, type CliIO } from '../types';

export function languageFromFile(file: string): Language {
  const runtime = runtimeForFile(file);
  if (!runtime) throw new UsageError(`cannot tell the language of "${file}" (use ${ALL_RUNTIMES.flatMap((r) => r.extensions).join(', ')})`);
  return runtime.id;
}

/**
 * Whether to search for the smallest failing input: on request (--shrink), or when Submit failed a
 * generated (`size:`) case with a verdict a small input can show.
 */
function wantsSearch(q: Question, result: RunResult, requested: boolean): boolean {
  if (requested) return true;
  if (result.mode !== 'submit') return false;
  return failedGeneratedCase(q, result.cases);
}

type Search = { readonly found: Counterexample | undefined } | { readonly problem: string } | undefined;

async function searchSmallest(judge: Judge, q: Question, solution: { language: Language; code: string; file: string }, io: CliIO): Promise<Search> {
  const supported = counterexampleSupport(q);
  if (supported !== true) return { problem: supported };
  const reference = await readReference(q, solution.language);
  if (!reference) return { problem: `"${q.id}" has no reference solution to compare with` };
  try {
    const found = await judge.findCounterexample(q, solution, reference, { trusted: q.source !== 'workspace', ...(io.signal ? { signal: io.signal } : {}) });
    return io.signal?.aborted ? undefined : { found };
  } catch (e) {
    return { problem: (e as Error).message };
  }
}

async function counterexampleJson(cx: Counterexample): Promise<Record<string, unknown>> {
  return { ...(cx.ops ? { ops: cx.ops } : {}), args: display(cx.args), expected: display(cx.expected), actual: cx.actual ?? null, verdict: cx.verdict, error: cx.error ?? null, n: cx.n, tries: cx.tries, shrinks: cx.shrinks, elapsedMs: cx.elapsedMs, yaml: await counterexampleYaml(cx) };
}

async function printCounterexample(cx: Counterexample, io: CliIO): Promise<void> {
  io.out(`Smallest failing input (${cx.tries} inputs tried, ${cx.shrinks} shrinking steps, ${(cx.elapsedMs / 1000).toFixed(1)} s):`);
  if (cx.ops) io.out(`    ops:      ${JSON.stringify(cx.ops)}`);
  io.out(`    args:     ${JSON.stringify(display(cx.args))}`);
  io.out(`    expected: ${JSON.stringify(display(cx.expected))}   (the reference solution's answer)`);
  io.out(`    actual:   ${cx.actual !== undefined ? JSON.stringify(cx.actual) : `(${cx.verdict})`}`);
  if (cx.error) io.out(`    ${cx.line ? `line ${cx.line}: ` : ''}${cx.error}`);
  io.out('  As a custom case (custom-tests.yaml beside your solution):');
  io.out((await counterexampleYaml(cx)).trimEnd().split('\n').map((l) => `    ${l}`).join('\n'));
}

export const command: CliCommand = {
  name: 'run',
  summary: 'Run a question\'s test cases against a solution file (visible cases; --submit for all)',
  usage: 'drills run <id|file.yaml> <solution-file> [--submit] [--shrink] [--reveal] [--json] [--fingerprints]   (--reveal: show the input and expected answer of failing hidden cases)',
  async run(argv, io) {
    const { positionals, flags } = parseArgs(argv, { flags: ['json', 'submit', 'fingerprints', 'shrink', 'reveal'] });
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
    const judge = cliJudge(io.env);
    let result;
    try {
      result = await judge.run(q, { language, code, file }, { mode: flags.has('submit') ? 'submit' : 'run', trusted: q.source !== 'workspace', fingerprints: flags.has('fingerprints') || flags.has('json'), ...(flags.has('reveal') ? { reveal: 'failing' as const } : {}), ...(io.signal ? { signal: io.signal } : {}) });
    } catch (e) {
      io.err(`drills run: ${(e as Error).message}`);
      return 2;
    }
    for (const w of result.warnings ?? []) io.err(`drills run: warning: ${w}`);
    const search = wantsSearch(q, result, flags.has('shrink')) ? await searchSmallest(judge, q, { language, code, file }, io) : undefined;
    if (search && 'problem' in search) io.err(`drills run: no smallest failing input: ${search.problem}`);
    if (flags.has('json')) {
      io.out(
        JSON.stringify(
          {
            question: q.id,
            language,
            verdict: result.verdict,
            cases: result.cases.map((c) => ({
              name: c.name,
              verdict: c.verdict,
              hidden: c.hidden,
              timeMs: c.timeMs,
              ...(c.input?.args ? { args: c.input.args.map(display) } : {}),
              ...(c.input?.ops ? { ops: c.input.ops } : {}),
              ...(c.input ? { input: c.input.text } : {}),
              ...(c.input?.size !== undefined ? { size: c.input.size } : {}),
              ...(c.expected !== undefined ? { expected: display(c.expected) } : {}),
              actual: c.actual,
              stdout: c.stdout,
              error: c.error ?? null,
              ...(c.line ? { line: c.line } : {}),
              ...(c.answerSha256 ? { answerSha256: c.answerSha256 } : {}),
            })),
            ...(search ? { counterexample: 'found' in search && search.found ? await counterexampleJson(search.found) : null } : {}),
          },
          null,
          2,
        ),
      );
    } else {
      // The verdicts line up in one column however long a case's name is.
      const nameWidth = Math.max(32, ...result.cases.map((c) => c.name.length));
      for (const c of result.cases) {
        const mark = c.verdict === 'accepted' ? '✓' : '✗';
        io.out(`${mark} ${c.name.padEnd(nameWidth)} ${c.verdict.padEnd(14)} ${c.timeMs.toFixed(1).padStart(8)} ms${c.hidden ? '  (hidden)' : ''}`);
        if (flags.has('fingerprints') && c.answerSha256) io.out(`    expectedSha256: ${c.answerSha256}`);
        if (c.verdict !== 'accepted') {
          if (c.input) io.out(`    input:    ${c.input.text.replace(/\n/g, '\n              ')}`);
          else if (c.hidden) io.out('    input:    hidden (--reveal shows it)');
          if (c.expected !== undefined) io.out(`    expected: ${JSON.stringify(display(c.expected))}`);
          if (c.actual !== undefined) io.out(`    actual:   ${JSON.stringify(c.actual)}`);
          // The line leads the message, unless the message already names it ("Solution.java:3: …", "… (solution.cpp, line 3)").
          if (c.error) io.out(`    ${c.line && !new RegExp(`:${c.line}:|\\bline ${c.line}\\b`).test(c.error) ? `line ${c.line}: ` : ''}${c.error}`);
        }
      }
      const passed = result.cases.filter((c) => c.verdict === 'accepted').length;
      io.out(`${q.id}: ${passed}/${result.cases.length} passed, ${result.verdict} (${result.totalMs} ms)`);
      if (search && 'found' in search) {
        if (search.found) await printCounterexample(search.found, io);
        else io.out(`No failing input among small generated inputs (n ≤ ${SEARCH_MAX_N}) within ${DEFAULT_BUDGET_MS / 1000} s.`);
      }
    }
    return result.verdict === 'accepted' ? 0 : 1;
  },
};
