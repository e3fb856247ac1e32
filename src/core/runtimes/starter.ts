// What every generated solution file starts with, and the parts of a starter that come from the
// question (parameter names, the constructor's and methods' arities).
import { KINDS } from '../kinds';
import type { Question } from '../model';
import { inexpressible, type Type } from '../types';
import type { Runtime } from './types';

/** The template's labels and its empty item, as lines of their own ("Edge cases:" is no edge case). */
const TEMPLATE_LABELS = ['Clarifying questions:', 'Approach:', 'Complexity: time O(?), space O(?)', 'Edge cases:', 'Trade-offs:', '-'] as const;

/**
 * The reasoning template at the top of a new solution file; the reviewer reads it back. Its items
 * are indented as the language's code is (`indent`): where the template is not inside a comment
 * that starts each line (Python's docstring), the editor guesses the file's indentation from them.
 */
export function reasoningLines(q: Question, indent = '  '): string[] {
  const item = `${indent}- `;
  const [clarifying, approach, complexity, edgeCases, tradeoffs] = TEMPLATE_LABELS;
  return [...templateHeader(q), '', clarifying, item, approach, item, complexity, edgeCases, item, tradeoffs, item];
}

/** The template's first lines: the drill and how to use the template, not the person's reasoning. */
function templateHeader(q: Question): string[] {
  return [
    // Short lines: the file opens beside the prompt, half the window wide.
    `${q.title} (${q.difficulty}, ${q.minutes} min)`,
    'Think out loud: fill these in as you go.',
    'Ask before you code: the interviewer answers',
    'clarifying questions ("Ask the Interviewer").',
  ];
}

/**
 * Whether a comment line is the template's own text, left as the starter wrote it (now, or before
 * the header was split into short lines): its header, a label alone on its line, an empty item. The
 * review gives no credit for words the starter wrote: a title that names the idea ("Pair With Target
 * Sum" is no complement lookup), or the label "Edge cases:" for a drill whose idea is "case".
 */
export function isTemplateLine(q: Question, text: string): boolean {
  const t = text.trim();
  return (
    templateHeader(q).includes(t) ||
    (TEMPLATE_LABELS as readonly string[]).includes(t) ||
    t === `${q.title} (${q.difficulty}, ${q.minutes} min). Think out loud: fill these in as you go.` ||
    t === 'Ask before you code: "Interview Drills: Ask the Interviewer" answers clarifying questions.'
  );
}

/** Parameter names: the question's own, else guessed from the first call test's arity (`nums` for one list). */
export function paramNames(q: Question): string[] {
  if (q.params.length > 0) return [...q.params];
  const first = q.tests.find((t) => t.type === 'call');
  const arity = first && first.type === 'call' ? first.args.length : 1;
  if (arity === 1 && first && first.type === 'call' && Array.isArray(first.args[0])) return ['nums'];
  return Array.from({ length: arity }, (_, i) => String.fromCharCode(97 + i));
}

/** Constructor parameter names for a design class, from the first ops case. */
export function constructorArgs(q: Question): string[] {
  const t = q.tests.find((x) => x.type === 'ops');
  const n = t && t.type === 'ops' ? (t.args[0]?.length ?? 0) : 0;
  return Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i));
}

/**
 * Each method the tests call, with parameter names from the number of arguments of its first call
 * (for drills without a signature; with one, starters come from the signature).
 */
export function methods(q: Question): [name: string, params: string[]][] {
  const names = new Map<string, number>();
  for (const t of q.tests) if (t.type === 'ops') t.ops.forEach((o, i) => i > 0 && !names.has(o) && names.set(o, t.args[i]?.length ?? 0));
  return [...names].map(([m, n]) => [m, n === 1 ? ['x'] : Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i))]);
}

/** The reasoning template in a block comment (`/* … *\/`). */
export function blockCommentHeader(q: Question): string[] {
  return ['/*', ...reasoningLines(q).map((l) => (l ? ` * ${l}` : ' *')), ' */', ''];
}

/**
 * Function and design-class drills; SQL and written drills are answered elsewhere. A drill whose
 * cases include scripts needs one the runtime can run; `cannotExpress` names a declared type the
 * language has no form for (runtimes that express every type leave it out).
 */
export function supportsProgram(q: Question, runtime: Pick<Runtime, 'id' | 'label' | 'sourceLanguages'>, cannotExpress?: (t: Type) => string | undefined): true | string {
  if (KINDS[q.kind].entry !== 'program') return `"${q.id}" is a ${KINDS[q.kind].label} drill, not a coding drill`;
  if (q.languages && !q.languages.includes(runtime.id)) return `"${q.id}" is not offered in ${runtime.label}: its author lists ${q.languages.join(', ')}`;
  if (!q.function && !q.className) return `"${q.id}" has no function or class to call`;
  const script = q.tests.find((t) => t.type === 'script' && !runtime.sourceLanguages.some((l) => t.script[l] !== undefined));
  if (script) return `"${q.id}" has a script case ("${script.name}") written only for ${Object.keys(script.type === 'script' ? script.script : {}).join(' and ')}, not ${runtime.label}`;
  if (cannotExpress) {
    if (!q.signature) return `"${q.id}" has no typed signature, which ${runtime.label} needs to call it`;
    const why = inexpressible(q.signature, cannotExpress);
    if (why) return `${runtime.label} cannot take "${q.id}": ${why}`;
  }
  return true;
}

/** The first line matching a declaration pattern, 1-based. */
export function firstLine(code: string, pattern: RegExp): number | undefined {
  const at = code.split('\n').findIndex((l) => pattern.test(l));
  return at >= 0 ? at + 1 : undefined;
}

/** `function name`, `const name =`, `class Name`, or a `Solution` class holding the method. */
export function jsEntryLine(code: string, q: Question): number | undefined {
  const name = escape(q.className ?? q.function ?? '');
  return firstLine(code, new RegExp(`^\\s*(export\\s+)?(default\\s+)?(async\\s+)?(function\\s*\\*?\\s*${name}\\b|(const|let|var)\\s+${name}\\b|class\\s+${q.className ? name : 'Solution'}\\b)`));
}

export function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
