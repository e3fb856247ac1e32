// What a case gave the solution, in words a person can read: the arguments LeetCode-style
// (`nums = [2, 7, 11, 15], target = 9`), a design-class case's calls, a script, the SQL it ran, or for
// a generated worst case its size and head rather than 100,000 elements.
import type { CaseInput, Language, Question, TestCase } from '../model';
import { display } from './values';

export type { CaseInput };

export interface BriefOptions {
  /** Elements of a list (or entries of a map) shown before "… N more". */
  readonly items: number;
  /** Characters of a string shown before "…". */
  readonly chars: number;
}

const SHORT: BriefOptions = { items: 8, chars: 60 };
const LONG: BriefOptions = { items: 50, chars: 400 };

function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** A value as compact text: lists longer than `items` show their head and how many more. */
export function brief(v: unknown, o: BriefOptions = SHORT, depth = 0): string {
  const shown = display(v);
  if (depth > 6) return '…';
  if (typeof shown === 'string') {
    const quoted = JSON.stringify(shown.length > o.chars ? shown.slice(0, o.chars) : shown);
    return shown.length > o.chars ? `${quoted.slice(0, -1)}…" (${count(shown.length)} characters)` : quoted;
  }
  if (Array.isArray(shown)) {
    const head = shown.slice(0, o.items).map((x) => brief(x, o, depth + 1));
    return shown.length > o.items ? `[${head.join(', ')}, … ${count(shown.length - o.items)} more (${count(shown.length)} in all)]` : `[${head.join(', ')}]`;
  }
  if (shown instanceof Map || shown instanceof Set) return brief([...shown], o, depth);
  if (typeof shown === 'object' && shown !== null) {
    const entries = Object.entries(shown);
    const head = entries.slice(0, o.items).map(([k, x]) => `${JSON.stringify(k)}: ${brief(x, o, depth + 1)}`);
    return entries.length > o.items ? `{${head.join(', ')}, … ${count(entries.length - o.items)} more}` : `{${head.join(', ')}}`;
  }
  return String(shown);
}

function named(q: Question, args: readonly unknown[], o: BriefOptions): string {
  const names = q.params.length === args.length ? q.params : undefined;
  return args.map((a, i) => (names ? `${names[i]} = ${brief(a, o)}` : brief(a, o))).join(', ');
}

function calls(ops: readonly string[], args: readonly (readonly unknown[])[], o: BriefOptions): string {
  const shown = ops.slice(0, o.items).map((op, i) => `${op}(${(args[i] ?? []).map((a) => brief(a, o)).join(', ')})`);
  return ops.length > o.items ? `${shown.join(', ')}, … ${count(ops.length - o.items)} more calls (${count(ops.length)} in all)` : shown.join(', ');
}

/**
 * What case `t` gives the solution. `generated` is the input a worst-case (`size:`) case was
 * generated with; `long` allows more of it (for a message body rather than one line).
 */
export function describeInput(q: Question, t: TestCase, language: Language, generated?: readonly unknown[], long = false): CaseInput {
  if (generated !== undefined) return describe(q, t, language, generated, long);
  // A written case reads the same every run: described once per language and length.
  const key = `${language} ${long}`;
  let seen = described.get(t);
  if (!seen) described.set(t, (seen = new Map()));
  let d = seen.get(key);
  if (!d) seen.set(key, (d = describe(q, t, language, undefined, long)));
  return d;
}

/** Descriptions of written cases, by test case (each belongs to one question), language and length. */
const described = new WeakMap<TestCase, Map<string, CaseInput>>();

function describe(q: Question, t: TestCase, language: Language, generated: readonly unknown[] | undefined, long: boolean): CaseInput {
  const o = long ? LONG : SHORT;
  switch (t.type) {
    case 'call':
      if (t.size !== undefined) return { text: generated ? `${named(q, generated, SHORT)} (generated for n = ${count(t.size)})` : `an input generated for n = ${count(t.size)}`, size: t.size };
      return { text: named(q, t.args, o), args: t.args };
    case 'ops': {
      if (t.size !== undefined) {
        const [ops, args] = (generated ?? []) as [unknown, unknown];
        const ok = Array.isArray(ops) && Array.isArray(args);
        return { text: ok ? `${calls(ops as string[], args as unknown[][], SHORT)} (generated for n = ${count(t.size)})` : `a call sequence generated for n = ${count(t.size)}`, size: t.size };
      }
      return { text: calls(t.ops, t.args, o), ops: t.ops, args: t.args };
    }
    case 'script': {
      const source = t.script[language] ?? Object.values(t.script)[0] ?? '';
      const lines = source.trim().split('\n');
      const limit = long ? 40 : 3;
      return { text: `the test script:\n${lines.slice(0, limit).join('\n')}${lines.length > limit ? `\n… ${lines.length - limit} more lines` : ''}` };
    }
    case 'sql-query':
      return { text: [t.setup.trim() ? `after: ${t.setup.trim()}` : "on the drill's seed data", t.query.trim() ? `checked with: ${t.query.trim()}` : ''].filter(Boolean).join('\n') };
    case 'sql-statement':
      return { text: [t.setup.trim() ? `after: ${t.setup.trim()}` : '', `statement that must ${t.expect}: ${t.statement.trim()}`].filter(Boolean).join('\n') };
  }
}
