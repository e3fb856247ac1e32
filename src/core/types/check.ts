// Checks a value against a declared type and says where inside the value it does not fit.
import type { RecordDecl, Type } from './ast';
import { printType } from './print';

/**
 * A step into a value: a number is a list, set or tuple position; a string or bigint is a map key or
 * a record field (bigint for an integer key read exactly).
 */
export type ValueStep = number | string | bigint;

export interface ValueProblem {
  /** Where inside the checked value; [] for the value itself. */
  readonly path: readonly ValueStep[];
  /** The problem is the map key at the end of `path`, not the value stored under it. */
  readonly onKey?: boolean;
  readonly message: string;
}

export interface CheckOptions {
  /** The records the type may refer to (the signature's). */
  readonly records?: readonly RecordDecl[];
  /**
   * The value was read exactly, with every integer a bigint (as the question loader reads case
   * values for this check): a JavaScript number is then a float and never fits int or long.
   * Otherwise a whole number fits an integer type, with the range checked on the number (exact up
   * to 2^53).
   */
  readonly numbersAreFloats?: boolean;
  /** Stop after this many problems (default 10). */
  readonly limit?: number;
}

const RANGES = {
  int: { min: -(2n ** 31n), max: 2n ** 31n - 1n, label: 'int (32-bit)' },
  long: { min: -(2n ** 63n), max: 2n ** 63n - 1n, label: 'long (64-bit)' },
} as const;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || v instanceof Map || v instanceof Set) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** A short, readable rendering of a value for messages. */
export function describeValue(v: unknown, numbersAreFloats = false): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'NaN';
    if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
    return numbersAreFloats && Number.isInteger(v) && Math.abs(v) < 1e21 ? `${v}.0` : String(v);
  }
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return 'a list';
  if (v instanceof Set) return 'a set';
  if (v instanceof Map || isPlainObject(v)) return 'a map';
  return typeof v;
}

function entries(v: Map<unknown, unknown> | Record<string, unknown>): [unknown, unknown][] {
  return v instanceof Map ? [...v.entries()] : Object.entries(v);
}

/** A key for spotting repeated set elements: equal exactly when the values are equal. */
function elementKey(v: unknown): string {
  return typeof v === 'bigint' ? `i${v}` : typeof v === 'number' && Number.isInteger(v) ? `i${v}` : `${typeof v}:${String(v)}`;
}

/**
 * Every place (up to `limit`) where `value` does not fit `type`. Values may be JavaScript data as
 * the judge passes it (numbers, plain objects for maps) or an exact reading (bigint integers, Map
 * with typed keys), see `CheckOptions.numbersAreFloats`.
 */
export function checkValue(type: Type, value: unknown, options: CheckOptions = {}): ValueProblem[] {
  const out: ValueProblem[] = [];
  const limit = options.limit ?? 10;
  const records = new Map((options.records ?? []).map((r) => [r.name, r]));
  const exact = options.numbersAreFloats === true;
  const say = (path: ValueStep[], message: string, onKey = false): void => {
    if (out.length < limit) out.push({ path, message, ...(onKey ? { onKey } : {}) });
  };
  const show = (v: unknown): string => describeValue(v, exact);

  const check = (t: Type, v: unknown, path: ValueStep[], onKey = false): void => {
    if (out.length >= limit) return;
    const lead = onKey ? 'key ' : '';
    if (t.kind === 'nullable') {
      if (v !== null) check(t.inner, v, path, onKey);
      return;
    }
    if (t.kind === 'void') {
      if (v !== null && v !== undefined) say(path, `${show(v)} where the result is void (write null)`);
      return;
    }
    if (t.kind === 'json') {
      json(v, path);
      return;
    }
    if (v === null || v === undefined) {
      say(path, `${lead}${show(v)} where ${printType(t)} is declared (${printType(t)}? allows null)`, onKey);
      return;
    }
    switch (t.kind) {
      case 'int':
      case 'long': {
        const r = RANGES[t.kind];
        if (typeof v === 'bigint') {
          if (v < r.min || v > r.max) say(path, `${lead}${v} does not fit ${r.label}`, onKey);
        } else if (typeof v === 'number') {
          if (exact || !Number.isInteger(v)) say(path, `${lead}${show(v)} is a float, not ${t.kind === 'int' ? 'an int' : 'a long'}`, onKey);
          else if (v < Number(r.min) || v > Number(r.max)) say(path, `${lead}${v} does not fit ${r.label}`, onKey);
        } else say(path, `${lead}${show(v)} is not ${t.kind === 'int' ? 'an int' : 'a long'}`, onKey);
        return;
      }
      case 'float':
        if (typeof v !== 'number' && typeof v !== 'bigint') say(path, `${show(v)} is not a float`);
        return;
      case 'bool':
        if (typeof v !== 'boolean') say(path, `${show(v)} is not a bool (true or false)`);
        return;
      case 'string':
        if (typeof v !== 'string') say(path, `${lead}${show(v)} is not a string${typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' ? ' (quote it)' : ''}`, onKey);
        return;
      case 'list':
        if (!Array.isArray(v)) say(path, `${show(v)} is not a list (${printType(t)} is declared)`);
        else v.forEach((x, i) => check(t.element, x, [...path, i]));
        return;
      case 'set': {
        const items = Array.isArray(v) ? v : v instanceof Set ? [...v] : undefined;
        if (!items) {
          say(path, `${show(v)} is not a set (${printType(t)} is declared; write it as a list without repeats)`);
          return;
        }
        const seen = new Set<string>();
        items.forEach((x, i) => {
          check(t.element, x, [...path, i]);
          const k = elementKey(x);
          if (seen.has(k)) say([...path, i], `${show(x)} appears twice in a set`);
          seen.add(k);
        });
        return;
      }
      case 'tuple':
        if (!Array.isArray(v)) say(path, `${show(v)} is not a ${printType(t)} (write it as a list of ${t.items.length})`);
        else if (v.length !== t.items.length) say(path, `a ${printType(t)} has ${t.items.length} items, this list has ${v.length}`);
        else t.items.forEach((it, i) => check(it, v[i], [...path, i]));
        return;
      case 'map':
        if (!(v instanceof Map) && !isPlainObject(v)) {
          say(path, `${show(v)} is not a map (${printType(t)} is declared)`);
          return;
        }
        for (const [k, x] of entries(v)) {
          const step = typeof k === 'bigint' || typeof k === 'string' ? k : String(k);
          check(t.key, k, [...path, step], true);
          check(t.value, x, [...path, step]);
        }
        return;
      case 'record': {
        const decl = records.get(t.name);
        if (!decl) throw new Error(`record ${t.name} is not among the records passed to checkValue`);
        if (!(v instanceof Map) && !isPlainObject(v)) {
          say(path, `${show(v)} is not a ${t.name} (a map with ${decl.fields.map((f) => f.name).join(', ')})`);
          return;
        }
        const given = new Map(entries(v));
        for (const f of decl.fields) {
          if (given.has(f.name)) check(f.type, given.get(f.name), [...path, f.name]);
          else if (!f.optional) say(path, `${t.name} is missing "${f.name}"${f.type.kind === 'nullable' ? ' (write null when there is none)' : ''}`);
        }
        for (const k of given.keys()) {
          if (typeof k !== 'string' || !decl.fields.some((f) => f.name === k)) say([...path, typeof k === 'bigint' ? k : String(k)], `${t.name} has no field ${show(k)} (fields: ${decl.fields.map((f) => f.name).join(', ')})`, true);
        }
        return;
      }
    }
  };

  const json = (v: unknown, path: ValueStep[]): void => {
    if (out.length >= limit) return;
    if (v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'string') return;
    if (Array.isArray(v)) v.forEach((x, i) => json(x, [...path, i]));
    else if (v instanceof Map || isPlainObject(v)) {
      for (const [k, x] of entries(v)) {
        if (typeof k !== 'string') say([...path, typeof k === 'bigint' ? k : String(k)], `JSON object keys are strings; ${show(k)} is not (quote it)`, true);
        json(x, [...path, typeof k === 'bigint' ? k : String(k)]);
      }
    } else say(path, `${show(v)} is not a JSON value`);
  };

  check(type, value, []);
  return out;
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `args[0][3]`, `expected.items[2]`, `headers["Content-Type"]`: `base` followed by the steps. */
export function formatValuePath(base: string, path: readonly ValueStep[]): string {
  return (
    base +
    path
      .map((s) => (typeof s === 'number' || typeof s === 'bigint' ? `[${s}]` : PLAIN_KEY.test(s) ? `.${s}` : `[${JSON.stringify(s)}]`))
      .join('')
  );
}
