import type { ArgRule, Preconditions } from '../model';
import { solutionPathProblem } from './solutions';

// What a prompt promises about its inputs ("2 <= len(nums) <= 10^5", "values fit in 32 bits",
// "exactly one answer"), declared so that `validate` can hold every case to it.

type Dict = Record<string, unknown>;
type Path = readonly (string | number)[];

export interface PreconditionSink {
  error(path: Path, message: string): void;
}

const RULE_KEYS = new Set(['range', 'length', 'items', 'distinct', 'sorted', 'pattern']);
const KEYS = new Set(['args', 'ops', 'calls', 'oracle', 'uniqueAnswer']);

function isDict(v: unknown): v is Dict {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isNumber(v: unknown): v is number | bigint {
  return (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'bigint';
}

function pair(v: unknown, path: Path, key: string, sink: PreconditionSink): readonly [number, number] | undefined {
  if (!Array.isArray(v) || v.length !== 2 || !v.every(isNumber) || Number(v[0]) > Number(v[1])) {
    sink.error(path, `"${key}" must be [min, max] with min <= max`);
    return undefined;
  }
  return [Number(v[0]), Number(v[1])];
}

function ruleOf(v: unknown, path: Path, sink: PreconditionSink): ArgRule | undefined {
  if (!isDict(v)) {
    sink.error(path, 'an argument rule must be a map like { range: [0, 100], length: [1, 1000] }');
    return undefined;
  }
  const rule: { -readonly [K in keyof ArgRule]: ArgRule[K] } = {};
  for (const [key, x] of Object.entries(v)) {
    const at = [...path, key];
    if (!RULE_KEYS.has(key)) sink.error(at, `unknown rule "${key}"; expected one of: ${[...RULE_KEYS].join(', ')}`);
    else if (key === 'range' || key === 'length') {
      const p = pair(x, at, key, sink);
      if (p) rule[key] = p;
    } else if (key === 'items') {
      const r = ruleOf(x, at, sink);
      if (r) rule.items = r;
    } else if (key === 'distinct' || key === 'sorted') {
      if (typeof x !== 'boolean') sink.error(at, `"${key}" must be true or false`);
      else rule[key] = x;
    } else {
      if (typeof x !== 'string') sink.error(at, '"pattern" must be a regular expression as text');
      else {
        try {
          new RegExp(x, 'u');
          rule.pattern = x;
        } catch (e) {
          sink.error(at, `"pattern" is not a valid regular expression: ${(e as Error).message}`);
        }
      }
    }
  }
  return rule;
}

/** Reads the `preconditions` field; `params` are the function's parameter names (empty for class drills). */
export function parsePreconditions(v: unknown, params: readonly string[], isClass: boolean, sink: PreconditionSink): Preconditions | undefined {
  const at: Path = ['preconditions'];
  if (v === undefined || v === null) return undefined;
  if (!isDict(v)) {
    sink.error(at, '"preconditions" must be a map with "args" (or "ops"), and optionally "oracle" and "uniqueAnswer"');
    return undefined;
  }
  for (const key of Object.keys(v)) if (!KEYS.has(key)) sink.error([...at, key], `unknown preconditions field "${key}"; expected one of: ${[...KEYS].join(', ')}`);
  const args: Record<string, ArgRule> = {};
  if (v['args'] !== undefined) {
    if (isClass) sink.error([...at, 'args'], 'a class drill declares its rules per method under "ops"');
    else if (!isDict(v['args'])) sink.error([...at, 'args'], '"preconditions.args" must map parameter names to rules');
    else {
      for (const [name, r] of Object.entries(v['args'])) {
        if (!params.includes(name)) sink.error([...at, 'args', name], `"${name}" is not one of the parameters (${params.join(', ') || 'none declared in "params"'})`);
        const rule = ruleOf(r, [...at, 'args', name], sink);
        if (rule) args[name] = rule;
      }
    }
  }
  const ops: Record<string, (ArgRule | null)[]> = {};
  if (v['ops'] !== undefined) {
    if (!isClass) sink.error([...at, 'ops'], '"preconditions.ops" is for class drills; a function drill uses "args"');
    else if (!isDict(v['ops'])) sink.error([...at, 'ops'], '"preconditions.ops" must map method names to a list of rules, one per argument');
    else {
      for (const [method, list] of Object.entries(v['ops'])) {
        if (!Array.isArray(list)) {
          sink.error([...at, 'ops', method], `"preconditions.ops.${method}" must be a list with one rule (or null) per argument`);
          continue;
        }
        ops[method] = list.map((r, i) => (r === null ? null : (ruleOf(r, [...at, 'ops', method, i], sink) ?? null)));
      }
    }
  }
  let calls: readonly [number, number] | undefined;
  if (v['calls'] !== undefined) {
    if (!isClass) sink.error([...at, 'calls'], '"preconditions.calls" is for class drills');
    else calls = pair(v['calls'], [...at, 'calls'], 'calls', sink);
  }
  let oracle: string | undefined;
  if (v['oracle'] !== undefined) {
    if (typeof v['oracle'] !== 'string' || !v['oracle'].trim()) sink.error([...at, 'oracle'], '"preconditions.oracle" must be a file name (a JavaScript brute force in the drill\'s folder)');
    else if (isClass) sink.error([...at, 'oracle'], 'an oracle is for function drills');
    else if (solutionPathProblem(v['oracle'])) sink.error([...at, 'oracle'], `"preconditions.oracle" must be a file inside the question's folder (no "..", no absolute path), got ${JSON.stringify(v['oracle'])}`);
    else oracle = v['oracle'];
  }
  const unique = v['uniqueAnswer'];
  if (unique !== undefined && typeof unique !== 'boolean') sink.error([...at, 'uniqueAnswer'], '"uniqueAnswer" must be true or false');
  if (unique === true && oracle === undefined) sink.error([...at, 'uniqueAnswer'], '"uniqueAnswer" needs an "oracle" that lists every valid answer');
  return { args, ops, ...(calls ? { calls } : {}), ...(oracle !== undefined ? { oracle } : {}), uniqueAnswer: unique === true };
}

function fmt(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) >= 1e6) {
    const p = Math.log2(Math.abs(n) + (n < 0 ? 0 : 1));
    if (Number.isInteger(p)) return `${n < 0 ? '-' : ''}2^${p}${n < 0 ? '' : ' - 1'}`;
    const e = Math.log10(Math.abs(n));
    if (Number.isInteger(e)) return `${n < 0 ? '-' : ''}10^${e}`;
  }
  return String(n);
}

function show(v: unknown): string {
  const s = JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? Number(x) : x)) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : x)) ?? 'undefined';
}

function each(v: unknown, where: string, visit: (x: unknown, where: string) => string | undefined, out: string[]): void {
  if (out.length >= 3) return;
  if (Array.isArray(v)) v.forEach((x, i) => each(x, `${where}[${i}]`, visit, out));
  else if (isDict(v)) for (const [k, x] of Object.entries(v)) each(x, `${where}.${k}`, visit, out);
  else {
    const problem = visit(v, where);
    if (problem) out.push(problem);
  }
}

/** The ways `value` (shown as `where`) breaks `rule`; at most a few, each a sentence fragment. */
export function ruleProblems(rule: ArgRule, value: unknown, where: string): string[] {
  const out: string[] = [];
  if (rule.range) {
    const [lo, hi] = rule.range;
    each(value, where, (x, w) => (isNumber(x) && (Number(x) < lo || Number(x) > hi) ? `${w} = ${show(x)} is outside [${fmt(lo)}, ${fmt(hi)}]` : undefined), out);
  }
  if (rule.pattern !== undefined) {
    const re = new RegExp(`^(?:${rule.pattern})$`, 'u');
    each(value, where, (x, w) => (typeof x === 'string' && !re.test(x) ? `${w} = ${show(x)} does not match /${rule.pattern}/` : undefined), out);
  }
  if (rule.length) {
    const [lo, hi] = rule.length;
    if (typeof value !== 'string' && !Array.isArray(value)) out.push(`${where} has no length (it is ${show(value)})`);
    else {
      const n = typeof value === 'string' ? [...value].length : value.length;
      if (n < lo || n > hi) out.push(`${where} has length ${n}, outside [${fmt(lo)}, ${fmt(hi)}]`);
    }
  }
  if (rule.items || rule.distinct || rule.sorted) {
    if (!Array.isArray(value)) out.push(`${where} is not a list (it is ${show(value)})`);
    else {
      if (rule.items) value.forEach((x, i) => out.length < 3 && out.push(...ruleProblems(rule.items!, x, `${where}[${i}]`)));
      if (rule.distinct) {
        const seen = new Map<string, number>();
        for (let i = 0; i < value.length; i++) {
          const k = canonical(value[i]);
          const first = seen.get(k);
          if (first !== undefined) {
            out.push(`${where}[${first}] and ${where}[${i}] are both ${show(value[i])}, but the elements are distinct`);
            break;
          }
          seen.set(k, i);
        }
      }
      if (rule.sorted) {
        for (let i = 1; i < value.length; i++) {
          const a = value[i - 1] as number | string;
          const b = value[i] as number | string;
          if (typeof a === typeof b && a > b) {
            out.push(`${where}[${i - 1}] = ${show(a)} comes before the smaller ${where}[${i}] = ${show(b)}, but the list is sorted`);
            break;
          }
        }
      }
    }
  }
  return out.slice(0, 3);
}

/** Problems of a function call's arguments, each with the argument index it is about. */
export function callProblems(pre: Preconditions, params: readonly string[], args: readonly unknown[]): { arg: number; message: string }[] {
  const out: { arg: number; message: string }[] = [];
  params.forEach((name, i) => {
    const rule = pre.args[name];
    if (rule && i < args.length) for (const message of ruleProblems(rule, args[i], name)) out.push({ arg: i, message });
  });
  return out;
}

/** Problems of a design-class case: each op's arguments by method, and the number of calls. */
export function opsProblems(pre: Preconditions, ops: readonly string[], args: readonly (readonly unknown[])[]): { op?: number; message: string }[] {
  const out: { op?: number; message: string }[] = [];
  if (pre.calls) {
    const n = Math.max(0, ops.length - 1);
    if (n < pre.calls[0] || n > pre.calls[1]) out.push({ message: `makes ${n} calls, outside [${fmt(pre.calls[0])}, ${fmt(pre.calls[1])}]` });
  }
  ops.forEach((op, k) => {
    const rules = pre.ops[op];
    if (!rules || out.length >= 5) return;
    rules.forEach((rule, i) => {
      if (rule && i < (args[k]?.length ?? 0)) for (const message of ruleProblems(rule, args[k]![i], `${op}#${k} argument ${i + 1}`)) out.push({ op: k, message });
    });
  });
  return out.slice(0, 5);
}
