import { valueText } from '../../core/judge/values';
import * as vscode from 'vscode';
import { counterexampleCase, DEFAULT_BUDGET_MS, searchWorthy, type Counterexample } from '../../core/judge/counterexample';
import { brief, describeInput } from '../../core/judge/input';
import type { CaseResult, Language, Question, RunResult, TestCase, Verdict } from '../../core/model';
import { Command } from '../ids';

const VERDICT_TEXT: Readonly<Record<Verdict, string>> = {
  accepted: 'Accepted',
  'wrong-answer': 'Wrong answer',
  'time-limit': 'Time limit exceeded',
  'memory-limit': 'Memory limit exceeded',
  'output-limit': 'Output limit exceeded (1 MiB)',
  'runtime-error': 'Runtime error',
  'compile-error': 'Compile error',
  incomplete: 'Did not finish (the program ended before reporting this case)',
};

export function verdictText(v: Verdict): string {
  return VERDICT_TEXT[v];
}

/** A run in a few words, as the status bar shows it: "8/10 passed", or a compile error and its line (no case ran). */
export function runSummary(result: RunResult): string {
  if (result.verdict === 'compile-error') {
    const line = result.cases.find((c) => c.line !== undefined)?.line;
    return `${verdictText('compile-error')}${line !== undefined ? ` on line ${line}` : ''}`;
  }
  return `${result.cases.filter((c) => c.verdict === 'accepted').length}/${result.cases.length} passed`;
}

function pretty(v: unknown): string {
  try {
    return valueText(v, 2);
  } catch {
    return String(v);
  }
}

/** Where a message points: the line the error names, else the solution's entry point (its function line). */
export function messageLocation(doc: vscode.TextDocument, entryLine: number, r: Pick<CaseResult, 'line'>): vscode.Location {
  const line = r.line !== undefined && r.line >= 1 && r.line <= doc.lineCount ? r.line : Math.min(Math.max(1, entryLine), doc.lineCount);
  return new vscode.Location(doc.uri, doc.lineAt(line - 1).range);
}

/** The text of a failed case: one line that reads well inline, then input, expected, actual and the error in full. */
export function failureText(q: Question, t: TestCase | undefined, language: Language, r: CaseResult): string {
  const wrong = r.verdict === 'wrong-answer' && r.expected !== undefined;
  // A compile error is about the code, not a case's input.
  const compile = r.verdict === 'compile-error';
  const on = compile ? '' : r.input ? ` on ${r.input.text.split('\n')[0]}` : r.hidden ? ' on a hidden case' : '';
  const head = wrong ? `${VERDICT_TEXT[r.verdict]}${on}: expected ${brief(r.expected)}, got ${brief(r.actual)}` : `${VERDICT_TEXT[r.verdict]}${on}${r.error ? `: ${r.error.split('\n')[0]}` : ''}`;
  const lines = [head, ''];
  if (r.input && !compile) {
    // Written cases are shown in full (up to a generous limit); generated ones stay a summary.
    const full = t && r.input.size === undefined ? describeInput(q, t, language, undefined, true).text : r.input.text;
    lines.push(`Input: ${full}`);
    if (r.expected !== undefined) lines.push(`Expected: ${pretty(r.expected)}`);
    if (r.actual !== undefined && r.verdict === 'wrong-answer') lines.push(`Actual: ${pretty(r.actual)}`);
  } else if (r.hidden && !compile) {
    lines.push(`This case is hidden: its input and answer are not shown. Run "Interview Drills: Reveal Hidden Case Input" (or click "Reveal hidden input" above your function) to see them; the reveal is recorded with this attempt.`);
  }
  if (r.error && (wrong || r.error.includes('\n'))) lines.push(`${r.line ? `Line ${r.line}: ` : ''}${r.error}`);
  return lines.join('\n').trimEnd();
}

/** The Test Explorer message of a case that did not pass, with a diff when there is an expected answer to compare. */
export function failureMessage(q: Question, t: TestCase | undefined, language: Language, r: CaseResult, location: vscode.Location): vscode.TestMessage {
  const text = failureText(q, t, language, r);
  const m = r.verdict === 'wrong-answer' && r.expected !== undefined ? vscode.TestMessage.diff(text, pretty(r.expected), pretty(r.actual)) : new vscode.TestMessage(text);
  m.location = location;
  if (r.hidden && !r.input) m.contextValue = Command.RevealHiddenCase;
  else if (searchWorthy(t, r.verdict)) m.contextValue = Command.FindSmallestFailingInput;
  return m;
}

/** The name of the Test Explorer item (and the custom case) a counterexample becomes. */
export const SMALLEST_NAME = 'smallest failing input';

/** A counterexample's text: a line that reads well inline, the input, the reference's answer, the solution's, and how it was found. */
export function counterexampleText(q: Question, language: Language, cx: Counterexample): string {
  const t = counterexampleCase(cx, SMALLEST_NAME);
  const short = describeInput(q, t, language).text;
  const wrong = cx.verdict === 'wrong-answer' && cx.actual !== undefined;
  const head = `Smallest failing input: ${VERDICT_TEXT[cx.verdict]} on ${short.split('\n')[0] ?? ''}${wrong ? `: expected ${brief(cx.expected)}, got ${brief(cx.actual)}` : cx.error ? `: ${cx.error.split('\n')[0] ?? ''}` : ''}`;
  const lines = [head, '', `Input: ${describeInput(q, t, language, undefined, true).text}`, `Expected: ${pretty(cx.expected)} (the reference solution's answer)`];
  if (cx.actual !== undefined) lines.push(`Actual: ${pretty(cx.actual)}`);
  if (cx.error) lines.push(`${cx.line ? `Line ${cx.line}: ` : ''}${cx.error}`);
  lines.push(
    '',
    `Found among ${cx.tries} small inputs from the drill's generator, then shrunk in ${cx.shrinks} steps (n = ${cx.n}, ${(cx.elapsedMs / 1000).toFixed(1)} s).`,
    'Keep it in custom-tests.yaml beside your solution with "Add Smallest Failing Input as Custom Case" (on this message) or "add as custom case" above your function; Run then checks it.',
  );
  return lines.join('\n');
}

/** The Test Explorer message of a counterexample (its `counterexampleText`), with a diff when the solution answered, and the action that keeps it as a custom case. */
export function counterexampleMessage(text: string, cx: Counterexample, location: vscode.Location): vscode.TestMessage {
  const m = cx.actual !== undefined && cx.verdict === 'wrong-answer' ? vscode.TestMessage.diff(text, pretty(cx.expected), pretty(cx.actual)) : new vscode.TestMessage(text);
  m.location = location;
  m.contextValue = Command.AddSmallestFailingInput;
  return m;
}

/** Why a search found nothing: the budget ran out, or (from the judge) the drill cannot be searched. */
export function noCounterexampleText(title: string, why: string | undefined, maxN: number): string {
  return why
    ? `${title}: no smallest failing input: ${why}.`
    : `${title}: no failing input among small inputs from the drill's generator (n ≤ ${maxN}) within ${DEFAULT_BUDGET_MS / 1000} s. That is evidence, not proof: a bug that needs a larger input, or an input the generator does not write, is not found this way.`;
}
