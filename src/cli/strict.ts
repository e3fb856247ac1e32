import { promises as fs } from 'fs';
import * as path from 'path';
import type { Diagnostic, Language, Question } from '../core/model';
import { ALL_RUNTIMES, RUNTIMES } from '../core/runtimes';
import { checkSolutionFile, referenceRuns, solutionFilesOf } from '../core/questions/solutions';
import { cliJudge } from './judge';

export interface StrictReport {
  readonly failures: Diagnostic[];
  readonly results: { question: string; file: string; language: Language; role: 'reference' | 'wrong'; verdict: string; ok: boolean }[];
}

/** The built-in bank's promise: every coding drill has a reference in these languages. */
const REQUIRED_REFERENCES: readonly Language[] = ['javascript', 'python'];

/**
 * What a published drill must carry besides working solutions: enough cases with hidden ones, a few
 * hints, the expected complexity, references in both languages, a typed signature for drills with
 * call or operation cases, interviewer notes, and for discussion drills a rubric, the concepts a strong answer names, and a model outline.
 */
export function contentProblems(q: Question): string[] {
  const out: string[] = [];
  if (q.hints.length < 1 || q.hints.length > 3) out.push(`has ${q.hints.length} hints; give 1 to 3 progressive hints`);
  if (q.clarifications.length < 2) out.push('needs at least 2 clarifying questions with the interviewer\'s answers');
  if (ALL_RUNTIMES.some((rt) => rt.kinds.includes(q.kind))) {
    if (q.tests.length < 10) out.push(`has ${q.tests.length} test cases; a runnable drill needs at least 10`);
    const hidden = q.tests.filter((t) => t.hidden).length;
    if (hidden < 2) out.push(`has ${hidden} hidden test cases; at least 2 keep Submit honest`);
    if (!q.complexity) out.push('needs the expected complexity ("complexity: { time, space }")');
    if (q.kind === 'coding') for (const lang of REQUIRED_REFERENCES) if (!q.solutions[lang]) out.push(`needs a ${lang} reference solution`);
    // Script cases are written per language; a drill with only those has no call a signature describes.
    if (q.kind === 'coding' && !q.signature && q.tests.some((t) => t.type === 'call' || t.type === 'ops')) out.push('needs a typed "signature" (e.g. signature: "f(nums: list<int>) -> int"), so every language can call it and its cases are checked against the types');
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
  const results: StrictReport['results'] = [];
  for (const q of questions) {
    for (const problem of contentProblems(q)) failures.push({ file: q.file, line: 1, col: 1, message: `"${q.id}" ${problem}`, severity: 'error' });
    if (!ALL_RUNTIMES.some((rt) => rt.kinds.includes(q.kind))) continue;
    const { references, wrong } = solutionFilesOf(q);
    if (references.length === 0) failures.push({ file: q.file, line: 1, col: 1, message: `"${q.id}" has no reference solution`, severity: 'error' });
    if (wrong.length === 0) failures.push({ file: q.file, line: 1, col: 1, message: `"${q.id}" has no known-wrong solution to prove its tests`, severity: 'error' });
    const runs: { file: string; language: Language; role: 'reference' | 'wrong'; expect?: string }[] = [
      ...referenceRuns(q).map((r) => ({ ...r, role: 'reference' as const })),
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
      if (signal?.aborted) return { failures, results };
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
      const ok = r.role === 'reference' ? result.verdict === 'accepted' : result.verdict !== 'accepted' && (r.expect === undefined || result.cases.some((c) => c.verdict === r.expect));
      results.push({ question: q.id, file: rel, language: r.language, role: r.role, verdict: result.verdict, ok });
      progress(`${ok ? 'ok  ' : 'FAIL'} ${q.id} ${r.role} ${r.language} ${path.basename(r.file)}: ${result.verdict}`);
      if (!ok) {
        const bad = result.cases.find((c) => c.verdict !== 'accepted');
        const why =
          r.role === 'reference'
            ? `reference ${path.basename(r.file)} (${r.language}) is not accepted: ${bad?.name ?? ''} → ${result.verdict}${bad?.error ? ` (${bad.error})` : ''}`
            : result.verdict === 'accepted'
              ? `known-wrong ${path.basename(r.file)} (${r.language}) passes every case: the tests have no teeth`
              : `known-wrong ${path.basename(r.file)} (${r.language}) should give ${r.expect} but gave ${result.cases.map((c) => c.verdict).filter((v) => v !== 'accepted').join(', ')}`;
        failures.push({ file: q.file, line: 1, col: 1, message: why, severity: 'error' });
      }
    }
  }
  return { failures, results };
}
