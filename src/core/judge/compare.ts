import { createHash } from 'crypto';
import type { CompareMode } from '../model';
import { printType, type RecordDecl, type Type } from '../types';
import { decode, Unrepresentable } from './values';

export interface CompareOptions {
  /** `checker` is decided by the question's checker in a child process (see pack.ts), never here. */
  readonly mode: Exclude<CompareMode, 'checker'>;
  readonly tolerance: number;
}

/** Deep equality where NaN equals NaN, 0 equals -0, and a BigInt equals the same safe integer. */
export function deepEqual(a: unknown, b: unknown, float?: number): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
    if (float !== undefined && Number.isFinite(a) && Number.isFinite(b)) return Math.abs(a - b) <= float * Math.max(1, Math.abs(b));
    return a === b;
  }
  if (typeof a === 'bigint' || typeof b === 'bigint') {
    try {
      return (typeof a === 'bigint' || (typeof a === 'number' && Number.isInteger(a))) && (typeof b === 'bigint' || (typeof b === 'number' && Number.isInteger(b))) && BigInt(a as number) === BigInt(b as number);
    } catch {
      return false;
    }
  }
  if (a instanceof Unrepresentable || b instanceof Unrepresentable) return false;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i], float));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], float));
}

/** Canonical JSON (sorted keys, -0 as 0, big integers as digits) for fingerprinting answers. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) {
    // Finite numbers, strings, booleans and nulls print the same through JSON.stringify (-0 as 0), much faster.
    if (v.every((x) => x === null || x === undefined || typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x)))) return JSON.stringify(v);
    return `[${v.map(canonicalJson).join(',')}]`;
  }
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Object.is(v, -0) ? '0' : Number.isFinite(v) ? JSON.stringify(v) : String(v);
  if (v instanceof Unrepresentable) return JSON.stringify(String(v));
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return v === undefined ? 'null' : JSON.stringify(v);
}

/**
 * SHA-256 of the canonical JSON: how a worst-case case too large to write out states its answer.
 * Under `compare: unordered` the top-level list is fingerprinted with its elements sorted, so any
 * order of the same elements gives the same fingerprint.
 */
export function fingerprint(v: unknown, mode: CompareMode = 'exact'): string {
  const text = mode === 'unordered' && Array.isArray(v) ? `[${v.map(canonicalJson).sort().join(',')}]` : canonicalJson(v);
  return createHash('sha256').update(text).digest('hex');
}

function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `${x}n` : typeof x === 'number' && !Number.isFinite(x) ? String(x) : x)) ?? 'undefined';
}

export function compareResult(expected: unknown, actual: unknown, o: CompareOptions): boolean {
  switch (o.mode) {
    case 'exact':
      return deepEqual(actual, expected);
    case 'float':
      return deepEqual(actual, expected, o.tolerance);
    case 'unordered': {
      if (!Array.isArray(expected) || !Array.isArray(actual)) return deepEqual(actual, expected);
      if (expected.length !== actual.length) return false;
      const a = actual.map(canonical).sort();
      const e = expected.map(canonical).sort();
      return a.every((x, i) => x === e[i]);
    }
  }
}

// ---- typed comparison (drills with a signature): the expected value as loaded, the answer on the wire ----

export interface TypedCompareOptions extends CompareOptions {
  /** The signature's records; none when absent. */
  readonly records?: readonly RecordDecl[] | undefined;
}

export interface TypedVerdict {
  readonly ok: boolean;
  /** Why a value that looks equal is not: a float where an int is declared, a set where a list is. */
  readonly note?: string;
}

type Tag = { readonly $?: unknown; readonly v?: unknown };

function tagOf(a: unknown): string | undefined {
  return a !== null && typeof a === 'object' && !Array.isArray(a) ? (typeof (a as Tag).$ === 'string' ? ((a as Tag).$ as string) : undefined) : undefined;
}

const INT_TEXT = /^-?[0-9]+$/;

/** The integer a wire value holds, or undefined when it is not an int (a float, even 3.0, is not). */
function wireInt(a: unknown): bigint | undefined {
  if (typeof a === 'number') return Number.isInteger(a) ? BigInt(a) : undefined;
  const tag = tagOf(a);
  if (tag === 'int' && INT_TEXT.test(String((a as Tag).v))) return BigInt(String((a as Tag).v));
  // JavaScript cannot tell -0 from 0 in integer arithmetic: its -0 is the int 0.
  if (tag === '-0') return 0n;
  return undefined;
}

/** The number a wire int or float holds; an int is accepted as that float. */
function wireFloat(a: unknown): number | undefined {
  if (typeof a === 'number') return a;
  switch (tagOf(a)) {
    case 'float':
      return Number((a as Tag).v);
    case 'int':
      return Number(String((a as Tag).v));
    case 'NaN':
      return NaN;
    case 'Inf':
      return Infinity;
    case '-Inf':
      return -Infinity;
    case '-0':
      return -0;
    default:
      return undefined;
  }
}

function isWireFloat(a: unknown): boolean {
  if (typeof a === 'number') return !Number.isInteger(a);
  const tag = tagOf(a);
  return tag === 'float' || tag === 'NaN' || tag === 'Inf' || tag === '-Inf';
}

function showWire(a: unknown): string {
  const tag = tagOf(a);
  if (tag === 'float' || tag === 'int') return String((a as Tag).v);
  if (tag === 'NaN' || tag === 'Inf' || tag === '-Inf') return tag === 'Inf' ? 'Infinity' : tag === '-Inf' ? '-Infinity' : 'NaN';
  return JSON.stringify(a) ?? String(a);
}

/** A returned string in a note: quoted, and cut short. */
function showString(s: string): string {
  return JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);
}

function entriesOf(v: unknown): [unknown, unknown][] | undefined {
  if (v instanceof Map) return [...v];
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Set)) return Object.entries(v);
  return undefined;
}

function itemsOf(v: unknown): unknown[] | undefined {
  return Array.isArray(v) ? v : v instanceof Set ? [...v] : undefined;
}

function wirePairs(a: unknown): [unknown, unknown][] | undefined {
  return tagOf(a) === 'map' && Array.isArray((a as Tag).v) ? ((a as Tag).v as [unknown, unknown][]) : undefined;
}

function floatText(n: number): string {
  return Number.isNaN(n) ? 'NaN' : Object.is(n, -0) ? '0' : String(n);
}

/**
 * Canonical text of an expected value (as loaded) under its type: two values are equal exactly
 * when their texts are. Kinds are part of the text (`i3`, `f3`, `s"3"`), so an answer of another
 * kind never matches.
 */
function canonExpected(t: Type, e: unknown, records: ReadonlyMap<string, RecordDecl>): string {
  switch (t.kind) {
    case 'nullable':
      return e === null || e === undefined ? 'n' : canonExpected(t.inner, e, records);
    case 'void':
      return 'n';
    case 'json':
      return `j${canonicalJson(e)}`;
    case 'int':
    case 'long':
      if (typeof e === 'bigint') return `i${e}`;
      if (typeof e === 'number' && Number.isInteger(e)) return `i${BigInt(e)}`;
      if (typeof e === 'string' && INT_TEXT.test(e)) return `i${BigInt(e)}`;
      return `x${String(e)}`;
    case 'float':
      return typeof e === 'number' || typeof e === 'bigint' ? `f${floatText(Number(e))}` : `x${String(e)}`;
    case 'bool':
      return `b${String(e)}`;
    case 'string':
      return `s${JSON.stringify(e)}`;
    case 'list':
    case 'tuple': {
      const items = itemsOf(e);
      if (!items) return 'x';
      return `[${items.map((x, i) => canonExpected(t.kind === 'list' ? t.element : (t.items[i] ?? { kind: 'json' }), x, records)).join(',')}]`;
    }
    case 'set': {
      const items = itemsOf(e);
      return items ? `{${items.map((x) => canonExpected(t.element, x, records)).sort().join(',')}}` : 'x';
    }
    case 'map': {
      const pairs = entriesOf(e);
      return pairs ? `<${pairs.map(([k, x]) => `${canonExpected(t.key, k, records)}:${canonExpected(t.value, x, records)}`).sort().join(',')}>` : 'x';
    }
    case 'record': {
      const pairs = entriesOf(e);
      const decl = records.get(t.name);
      if (!pairs || !decl) return 'x';
      return `(${pairs.filter(([, x]) => x !== undefined).map(([k, x]) => `${String(k)}=${canonExpected(decl.fields.find((f) => f.name === k)?.type ?? { kind: 'json' }, x, records)}`).sort().join(',')})`;
    }
  }
}

/** Canonical text of an answer on the wire under the declared type; see canonExpected. */
function canonWire(t: Type, a: unknown, records: ReadonlyMap<string, RecordDecl>): string {
  switch (t.kind) {
    case 'nullable':
      return a === null ? 'n' : canonWire(t.inner, a, records);
    case 'void':
      return a === null || tagOf(a) === 'undef' ? 'n' : 'x';
    case 'json':
      return `j${canonicalJson(decode(a))}`;
    case 'int':
    case 'long': {
      const n = wireInt(a);
      return n === undefined ? `x${showWire(a)}` : `i${n}`;
    }
    case 'float': {
      const n = wireFloat(a);
      return n === undefined ? 'x' : `f${floatText(n)}`;
    }
    case 'bool':
      return typeof a === 'boolean' ? `b${String(a)}` : 'x';
    case 'string':
      return typeof a === 'string' ? `s${JSON.stringify(a)}` : 'x';
    case 'list':
    case 'tuple':
      return Array.isArray(a) ? `[${a.map((x, i) => canonWire(t.kind === 'list' ? t.element : (t.items[i] ?? { kind: 'json' }), x, records)).join(',')}]` : 'x';
    case 'set':
      return tagOf(a) === 'set' && Array.isArray((a as Tag).v) ? `{${((a as Tag).v as unknown[]).map((x) => canonWire(t.element, x, records)).sort().join(',')}}` : 'x';
    case 'map': {
      const pairs = wirePairs(a);
      return pairs ? `<${pairs.map(([k, x]) => `${canonWire(t.key, k, records)}:${canonWire(t.value, x, records)}`).sort().join(',')}>` : 'x';
    }
    case 'record': {
      const pairs = wirePairs(a);
      const decl = records.get(t.name);
      if (!pairs || !decl) return 'x';
      return `(${pairs.filter(([, x]) => tagOf(x) !== 'undef').map(([k, x]) => `${String(k)}=${canonWire(decl.fields.find((f) => f.name === k)?.type ?? { kind: 'json' }, x, records)}`).sort().join(',')})`;
    }
  }
}

class TypedMatcher {
  note: string | undefined;
  constructor(
    private readonly tolerance: number,
    private readonly records: ReadonlyMap<string, RecordDecl>,
  ) {}

  private say(note: string): false {
    this.note ??= note;
    return false;
  }

  eq(t: Type, e: unknown, a: unknown): boolean {
    switch (t.kind) {
      case 'nullable':
        if (e === null || e === undefined) return a === null;
        return a !== null && this.eq(t.inner, e, a);
      case 'void':
        return a === null || tagOf(a) === 'undef';
      case 'json':
        return deepEqual(decode(a), e, this.tolerance > 0 ? this.tolerance : undefined);
      case 'int':
      case 'long': {
        if (typeof a === 'number' && Number.isInteger(a) && typeof e === 'number') return a === e;
        const n = wireInt(a);
        if (n !== undefined) return typeof e === 'bigint' ? n === e : typeof e === 'number' && Number.isInteger(e) && n === BigInt(e);
        if (isWireFloat(a)) return this.say(`returned the float ${showWire(a)} where ${printType(t)} is declared`);
        if (typeof a === 'string') return this.say(`returned the string ${showString(a)} where ${printType(t)} is declared`);
        return false;
      }
      case 'float': {
        const x = wireFloat(a);
        const y = typeof e === 'bigint' ? Number(e) : e;
        if (typeof a === 'string') return this.say(`returned the string ${showString(a)} where ${printType(t)} is declared`);
        if (x === undefined || typeof y !== 'number') return false;
        if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) && Number.isNaN(y);
        if (this.tolerance > 0 && Number.isFinite(x) && Number.isFinite(y)) return Math.abs(x - y) <= this.tolerance * Math.max(1, Math.abs(y));
        return x === y;
      }
      case 'bool':
      case 'string':
        return a === e;
      case 'list': {
        if (tagOf(a) === 'set') return this.say(`returned a set where ${printType(t)} is declared`);
        const items = itemsOf(e);
        if (!Array.isArray(a) || !items || a.length !== items.length) return false;
        const el = t.element;
        if (el.kind === 'int' || el.kind === 'long') {
          // The common large answer: plain integers, compared without a detour.
          for (let i = 0; i < a.length; i++) {
            const x: unknown = a[i];
            const y = items[i];
            if (typeof x === 'number' && typeof y === 'number' && Number.isInteger(x)) {
              if (x !== y) return false;
            } else if (!this.eq(el, y, x)) return false;
          }
          return true;
        }
        for (let i = 0; i < a.length; i++) if (!this.eq(el, items[i], a[i])) return false;
        return true;
      }
      case 'tuple': {
        const items = itemsOf(e);
        if (!Array.isArray(a) || !items || a.length !== t.items.length || items.length !== t.items.length) return false;
        return t.items.every((it, i) => this.eq(it, items[i], a[i]));
      }
      case 'set': {
        if (Array.isArray(a)) return this.say(`returned a list where ${printType(t)} is declared`);
        const items = itemsOf(e);
        if (tagOf(a) !== 'set' || !items || !Array.isArray((a as Tag).v)) return false;
        const got = ((a as Tag).v as unknown[]).map((x) => canonWire(t.element, x, this.records)).sort();
        const want = items.map((x) => canonExpected(t.element, x, this.records)).sort();
        return got.length === want.length && got.every((x, i) => x === want[i]);
      }
      case 'map': {
        const pairs = wirePairs(a);
        const expected = entriesOf(e);
        if (!pairs || !expected || pairs.length !== expected.length) return false;
        const want = new Map(expected.map(([k, x]) => [canonExpected(t.key, k, this.records), x]));
        const seen = new Set<string>();
        for (const [k, x] of pairs) {
          const key = canonWire(t.key, k, this.records);
          if (!want.has(key) || seen.has(key)) {
            if ((t.key.kind === 'int' || t.key.kind === 'long') && typeof k === 'string') return this.say(`returned the string key ${JSON.stringify(k)} where ${printType(t)} is declared (int keys: a Map in JavaScript and TypeScript, int keys of a dict in Python)`);
            return false;
          }
          seen.add(key);
          if (!this.eq(t.value, want.get(key), x)) return false;
        }
        return true;
      }
      case 'record': {
        const pairs = wirePairs(a);
        const expected = entriesOf(e);
        const decl = this.records.get(t.name);
        if (!pairs || !expected || !decl) return false;
        const got = new Map(pairs.filter(([, x]) => tagOf(x) !== 'undef'));
        const want = new Map(expected.filter(([, x]) => x !== undefined));
        if (got.size !== want.size) return false;
        for (const [k, x] of want) {
          if (!got.has(k)) return false;
          const f = decl.fields.find((d) => d.name === k);
          if (!this.eq(f?.type ?? { kind: 'json' }, x, got.get(k))) return false;
        }
        return true;
      }
    }
  }

  unordered(t: Type, e: unknown, a: unknown): boolean {
    const items = itemsOf(e);
    if (t.kind !== 'list' || !items || !Array.isArray(a)) return this.eq(t, e, a);
    if (a.length !== items.length) return false;
    const got = a.map((x) => canonWire(t.element, x, this.records)).sort();
    const want = items.map((x) => canonExpected(t.element, x, this.records)).sort();
    return got.every((x, i) => x === want[i]);
  }
}

const NO_RECORDS: readonly RecordDecl[] = [];
/** A question's records by name, made once per list (every case of a run compares with the same). */
const recordTables = new WeakMap<readonly RecordDecl[], ReadonlyMap<string, RecordDecl>>();
function recordTable(records: readonly RecordDecl[]): ReadonlyMap<string, RecordDecl> {
  let table = recordTables.get(records);
  if (!table) recordTables.set(records, (table = new Map(records.map((r) => [r.name, r]))));
  return table;
}

/**
 * Compares an answer, as the harness sent it (wire format v2), with the expected value under the
 * declared type: integers exactly (never with the tolerance), floats with the tolerance under
 * `compare: float`, an int accepted where a float is declared, a float where an int is declared
 * wrong with a note, map keys with their type, sets as sets only where a set is declared.
 */
export function compareTyped(expected: unknown, actual: unknown, type: Type, o: TypedCompareOptions): TypedVerdict {
  const m = new TypedMatcher(o.mode === 'float' ? o.tolerance : 0, recordTable(o.records ?? NO_RECORDS));
  const ok = o.mode === 'unordered' ? m.unordered(type, expected, actual) : m.eq(type, expected, actual);
  return ok || m.note === undefined ? { ok } : { ok, note: m.note };
}
