import { promises as fs } from 'fs';
import * as path from 'path';
import { compareResult, fingerprint } from '../core/judge/compare';
import type { Judge } from '../core/judge';
import type { CallCase, Diagnostic, Language, Question, TestCase } from '../core/model';
import { KINDS } from '../core/kinds';
import { callProblems, opsProblems } from '../core/questions/preconditions';
import { ALL_RUNTIMES, RUNTIMES } from '../core/runtimes';
import { checkSolutionFile, referenceRuns, solutionFilesOf, solutionFolderOf } from '../core/questions/solutions';
import { cliJudge } from './judge';

type Role = 'reference' | 'alternative' | 'wrong';

export interface StrictReport {
  readonly failures: Diagnostic[];
  readonly results: { question: string; file: string; language: Language; role: Role; verdict: string; ok: boolean; slowestCaseMs: number; limitMs: number }[];
  /** Things worth a look that do not fail validation (a reference close to its time limit). */
  readonly warnings: Diagnostic[];
}

/** The built-in bank's promise: every coding drill has a reference in these languages. */
const REQUIRED_REFERENCES: readonly Language[] = ['javascript', 'python'];

/** A reference must finish every case this many times under the limit, so a loaded machine does not time it out. */
export const HEADROOM = 3;

/**
 * What a published drill must carry besides working solutions: enough cases with hidden ones, a few
 * hints, the expected complexity, references in both languages, a typed signature for drills with
 * call or operation cases, interviewer notes, and for discussion drills a rubric, the concepts a strong answer names, and a model outline.
 */
export function contentProblems(q: Question): string[] {
  const out: string[] = [];
  if (q.hints.length < 1 || q.hints.length > 3) out.push(`has ${q.hints.length} hints; give 1 to 3 progressive hints`);
  if (q.clarifications.length < 2) out.push('needs at least 2 clarifying questions with the interviewer\'s answers');
  if (KINDS[q.kind].runnable) {
    if (q.tests.length < 10) out.push(`has ${q.tests.length} test cases; a runnable drill needs at least 10`);
    const hidden = q.tests.filter((t) => t.hidden).length;
    if (hidden < 2) out.push(`has ${hidden} hidden test cases; at least 2 keep Submit honest`);
    if (!q.complexity) out.push('needs the expected complexity ("complexity: { time, space }")');
    if (KINDS[q.kind].referencesInEveryLanguage) for (const lang of REQUIRED_REFERENCES) if (!q.solutions[lang]) out.push(`needs a ${lang} reference solution`);
    // Script cases are written per language; a drill with only those has no call a signature describes.
    if (KINDS[q.kind].entry === 'program' && !q.signature && q.tests.some((t) => t.type === 'call' || t.type === 'ops')) out.push('needs a typed "signature" (e.g. signature: "f(nums: list<int>) -> int"), so every language can call it and its cases are checked against the types');
  } else {
    if (q.rubric.length < 3) out.push('needs a rubric of at least 3 weighted dimensions');
    if (!q.outline) out.push('needs a model outline (shown after an attempt)');
    const named = Object.values(q.concepts).reduce((n, list) => n + list.length, 0);
    if (named < 3) out.push(`names ${named} concepts; list at least 3 ideas a strong answer names ("concepts:" per rubric dimension), so the review can score substance`);
  }
  return out;
}

/**
 * Runs every reference solution (must be accepted under Submit) and every known-wrong one (must not
 * be, and must give its declared verdict when it names one). A reference also runs in every other
 * runtime that reads its language (JavaScript references run as TypeScript too).
 */
export async function checkSolutions(questions: readonly Question[], progress: (line: string) => void, env: NodeJS.ProcessEnv = process.env, signal?: AbortSignal): Promise<StrictReport> {
  const judge = cliJudge(env);
  const failures: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const results: StrictReport['results'] = [];
  for (const q of questions) {
    for (const problem of contentProblems(q)) failures.push({ file: q.file, line: 1, col: 1, message: `"${q.id}" ${problem}`, severity: 'error' });
    if (!ALL_RUNTIMES.some((rt) => rt.kinds.includes(q.kind))) continue;
    failures.push(...(await generatedCaseProblems(judge, q, signal)));
    if (q.preconditions?.oracle !== undefined) failures.push(...(await oracleProblems(judge, q, q.preconditions.oracle)));
    const { references, wrong, alternatives } = solutionFilesOf(q);
    if (references.length === 0) failures.push({ file: q.file, line: 1, col: 1, message: `"${q.id}" has no reference solution`, severity: 'error' });
    if (wrong.length === 0) failures.push({ file: q.file, line: 1, col: 1, message: `"${q.id}" has no known-wrong solution to prove its tests`, severity: 'error' });
    const runs: { file: string; language: Language; role: Role; expect?: string }[] = [
      ...referenceRuns(q).map((r) => ({ ...r, role: 'reference' as const })),
      ...alternatives.map((a) => ({ ...a, role: 'alternative' as const })),
      ...wrong.map((w) => ({ ...w, role: 'wrong' as const })),
    ];
    for (const r of runs) {
      // validate reports a missing file or one that leaves the pack; it is never run.
      const checked = await checkSolutionFile(q, r.file);
      if ('problem' in checked) continue;
      let code: string;
      try {
        code = await fs.readFile(checked.file, 'utf8');
      } catch {
        continue;
      }
      if (signal?.aborted) return { failures, results, warnings };
      const supported = RUNTIMES[r.language].supports(q);
      if (supported !== true) {
        failures.push({ file: q.file, line: 1, col: 1, message: `${path.basename(r.file)} (${r.language}) cannot answer it: ${supported}`, severity: 'error' });
        continue;
      }
      let result;
      try {
        result = await judge.run(q, { language: r.language, code, file: r.file }, { mode: 'submit', trusted: true, ...(signal ? { signal } : {}) });
      } catch (e) {
        failures.push({ file: q.file, line: 1, col: 1, message: `${path.basename(r.file)} (${r.language}) could not run: ${(e as Error).message}`, severity: 'error' });
        continue;
      }
      const rel = path.relative(process.cwd(), r.file);
      const mustPass = r.role !== 'wrong';
      const ok = mustPass ? result.verdict === 'accepted' : result.verdict !== 'accepted' && (r.expect === undefined || result.cases.some((c) => c.verdict === r.expect));
      const slowest = result.cases.reduce((a, c) => (c.timeMs > a.timeMs ? c : a), { name: '', timeMs: 0 });
      results.push({ question: q.id, file: rel, language: r.language, role: r.role, verdict: result.verdict, ok, slowestCaseMs: slowest.timeMs, limitMs: q.limits.timeMs });
      progress(`${ok ? 'ok  ' : 'FAIL'} ${q.id} ${r.role} ${r.language} ${path.basename(r.file)}: ${result.verdict}${mustPass ? ` (slowest case ${Math.round(slowest.timeMs)} ms of ${q.limits.timeMs})` : ''}`);
      if (mustPass && ok && slowest.timeMs * HEADROOM > q.limits.timeMs) {
        warnings.push({ file: q.file, line: 1, col: 1, severity: 'warning', message: `${r.role} ${path.basename(r.file)} (${r.language}) took ${Math.round(slowest.timeMs)} ms on "${slowest.name}", more than 1/${HEADROOM} of the ${q.limits.timeMs} ms limit: a loaded machine may time it out` });
      }
      if (!ok) {
        const bad = result.cases.find((c) => c.verdict !== 'accepted');
        const why =
          mustPass
            ? `${r.role} ${path.basename(r.file)} (${r.language}) is not accepted: ${bad?.name ?? ''} → ${result.verdict}${bad?.error ? ` (${bad.error})` : ''}`
            : result.verdict === 'accepted'
              ? `known-wrong ${path.basename(r.file)} (${r.language}) passes every case: the tests have no teeth`
              : `known-wrong ${path.basename(r.file)} (${r.language}) should give ${r.expect} but gave ${result.cases.map((c) => c.verdict).filter((v) => v !== 'accepted').join(', ')}`;
        failures.push({ file: q.file, line: 1, col: 1, message: why, severity: 'error' });
      }
    }
  }
  return { failures, results, warnings };
}

function at(q: Question, t: TestCase, message: string): Diagnostic {
  return { file: q.file, line: t.line ?? 1, col: 1, message, severity: 'error' };
}

/** Generated worst cases (`size:`) against the prompt's declared preconditions. */
export async function generatedCaseProblems(judge: Judge, q: Question, signal?: AbortSignal): Promise<Diagnostic[]> {
  const pre = q.preconditions;
  if (!pre || !q.scaling) return [];
  const sized = q.tests.filter((t): t is Extract<TestCase, { type: 'call' | 'ops' }> => (t.type === 'call' || t.type === 'ops') && t.size !== undefined);
  if (sized.length === 0) return [];
  const inputs = await judge.generate(q, [...new Set(sized.map((t) => t.size!))], signal);
  const out: Diagnostic[] = [];
  for (const t of sized) {
    const args = inputs.get(t.size!);
    if (typeof args !== 'object') {
      out.push(at(q, t, `"${t.name}": the scaling generator failed at n=${t.size}: ${args ?? 'not generated'}`));
      continue;
    }
    const problems = t.type === 'call' ? callProblems(pre, q.params, args) : opsProblems(pre, (args[0] ?? []) as string[], (args[1] ?? []) as unknown[][]);
    for (const p of problems) out.push(at(q, t, `"${t.name}" (generated at n=${t.size}) breaks the prompt's preconditions: ${p.message}`));
  }
  return out;
}

function show(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}

/**
 * Runs the drill's brute-force oracle (it returns every valid answer) on each written case: the
 * expected answer must be one of them, and where the prompt promises one answer, the only one.
 */
export async function oracleProblems(judge: Judge, q: Question, oracleFile: string): Promise<Diagnostic[]> {
  const file = path.join(solutionFolderOf(q), oracleFile);
  // Like solutions, an oracle must be a file inside the drill's folder (no "..", no link out of the pack).
  const checked = await checkSolutionFile(q, file);
  if ('problem' in checked) return [{ file: q.file, line: 1, col: 1, message: checked.problem.replace(/^solution file/, 'oracle'), severity: 'error' }];
  let code: string;
  try {
    code = await fs.readFile(checked.file, 'utf8');
  } catch {
    return [{ file: q.file, line: 1, col: 1, message: `oracle not found: ${path.relative(path.dirname(q.file), file)}`, severity: 'error' }];
  }
  const written = q.tests.filter((t): t is CallCase => t.type === 'call' && t.size === undefined);
  if (written.length === 0) return [];
  const oracleQuestion: Question = { ...q, tests: written.map((t) => ({ ...t, hidden: false })), compare: 'exact', limits: { ...q.limits, timeMs: Math.min(60_000, q.limits.timeMs * 5) } };
  const result = await judge.run(oracleQuestion, { language: 'javascript', code, file }, { mode: 'submit', trusted: true });
  const out: Diagnostic[] = [];
  written.forEach((t, i) => {
    const r = result.cases[i];
    if (!r || (r.verdict !== 'accepted' && r.verdict !== 'wrong-answer')) {
      out.push(at(q, t, `"${t.name}": the oracle ${oracleFile} rejected or could not judge this case (${r?.verdict ?? 'not run'}${r?.error ? `: ${r.error}` : ''})`));
      return;
    }
    const answers = r.actual;
    if (!Array.isArray(answers)) {
      out.push(at(q, t, `"${t.name}": the oracle ${oracleFile} must return the list of every valid answer, got ${show(answers)}`));
      return;
    }
    if (q.preconditions?.uniqueAnswer && answers.length !== 1) {
      out.push(at(q, t, `"${t.name}": the prompt promises exactly one answer, but the oracle finds ${answers.length}${answers.length ? `: ${show(answers.slice(0, 4))}` : ''}`));
    }
    // A drill with a custom checker compares the oracle's answers exactly: the checker is the drill's own code, run apart.
    const matches = (a: unknown): boolean =>
      t.expectedSha256 !== undefined ? fingerprint(a, q.compare) === t.expectedSha256 : compareResult(t.expected, a, { mode: q.compare === 'checker' ? 'exact' : q.compare, tolerance: q.tolerance });
    if (!answers.some(matches)) out.push(at(q, t, `"${t.name}": the expected answer ${t.expectedSha256 !== undefined ? '(by fingerprint)' : show(t.expected)} is not among the valid answers the oracle finds: ${show(answers.slice(0, 4))}`));
  });
  return out;
}
