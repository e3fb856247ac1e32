import { valueText } from '../../core/judge/values';
import * as vscode from 'vscode';
import { brief, describeInput } from '../../core/judge/input';
import type { CaseResult, Language, Question, TestCase, Verdict } from '../../core/model';
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

function pretty(v: unknown): string {
  try {
    return valueText(v, 2);
  } catch {
    return String(v);
  }
}

/** Where a message points: the line the error names, else the solution's entry point (its function line). */
export function messageLocation(doc: vscode.TextDocument, entryLine: number, r: CaseResult): vscode.Location {
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
  return m;
}
