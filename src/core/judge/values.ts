// A tagged JSON encoding that keeps values JSON cannot: NaN, ±Infinity, -0, BigInt, undefined.
// Every harness produces it; the parent decodes and compares.

// Wire format v2 (see ../runtimes/PROTOCOL.md): the tagged JSON every harness speaks, both ways.
// The parent encodes arguments (by their declared types when the drill has a signature) and
// decodes what a harness returned, for display, checkers and drills without types; typed
// comparison reads the wire form itself (compare.ts), where an int and a float stay apart.
import type { RecordDecl, Type } from '../types';

export type Wire =
  | null
  | boolean
  | number
  | string
  | Wire[]
  | { readonly $: 'NaN' | 'Inf' | '-Inf' | '-0' | 'undef' }
  | { readonly $: 'int' | 'float' | 'repr'; readonly v: string }
  | { readonly $: 'map'; readonly v: [Wire, Wire][] }
  | { readonly $: 'set'; readonly v: Wire[] };

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Whether every element is a JSON primitive (no tags to decode, nothing to rewrite for display). */
function flat(xs: readonly unknown[]): boolean {
  for (const x of xs) if (x !== null && typeof x === 'object') return false;
  return true;
}

function safeOrBig(big: bigint): number | bigint {
  return big >= -BigInt(MAX_SAFE) && big <= BigInt(MAX_SAFE) ? Number(big) : big;
}

/**
 * A wire value as the judge's plain data: integers as numbers (bigint beyond 2^53), floats as
 * numbers, maps as objects with string keys, sets as lists. Loses what JavaScript data cannot say
 * (3 and 3.0 are one number); typed comparison uses the wire form instead.
 */
export function decode(t: unknown): unknown {
  if (t === null || typeof t === 'boolean' || typeof t === 'number' || typeof t === 'string') return t;
  // A long list of plain values is the common large answer: keep it as parsed, in one pass.
  if (Array.isArray(t)) return flat(t) ? t : t.map(decode);
  if (typeof t === 'object') {
    const o = t as { $?: unknown; v?: unknown };
    switch (o.$) {
      case 'NaN':
        return NaN;
      case 'Inf':
        return Infinity;
      case '-Inf':
        return -Infinity;
      case '-0':
        return -0;
      case 'undef':
        return undefined;
      case 'int':
      case 'big': // wire format 1
        return safeOrBig(BigInt(String(o.v)));
      case 'float':
        return Number(o.v);
      case 'repr':
        return new Unrepresentable(String(o.v));
      case 'map': {
        const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
        for (const [k, v] of Array.isArray(o.v) ? (o.v as [unknown, unknown][]) : []) out[keyText(decode(k))] = decode(v);
        return out;
      }
      case 'set':
        return Array.isArray(o.v) ? o.v.map(decode) : [];
      case 'obj': {
        // wire format 1: string keys
        const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
        for (const [k, v] of Object.entries((o.v ?? {}) as Record<string, unknown>)) out[k] = decode(v);
        return out;
      }
      default:
        return undefined;
    }
  }
  return undefined;
}

function keyText(k: unknown): string {
  return typeof k === 'string' ? k : typeof k === 'number' && Object.is(k, -0) ? '0' : String(k);
}

/** A returned value the harness could not turn into data (a function, a class instance with cycles…). */
export class Unrepresentable {
  constructor(readonly description: string) {}
  toJSON(): string {
    return this.description;
  }
}

/** For display (CLI JSON, diffs): keeps the special numbers readable. */
export function display(v: unknown): unknown {
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return 'NaN';
    if (v === Infinity) return 'Infinity';
    if (v === -Infinity) return '-Infinity';
    if (Object.is(v, -0)) return '-0';
    return v;
  }
  if (typeof v === 'bigint') return `${v.toString()}n`;
  if (v === undefined) return 'undefined';
  if (v instanceof Unrepresentable) return v.description;
  if (Array.isArray(v)) return v.every((x) => typeof x === 'string' || typeof x === 'boolean' || x === null || (typeof x === 'number' && Number.isFinite(x) && !Object.is(x, -0))) ? v : v.map(display);
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, display(x)]));
  return v;
}

/** A float on the wire: a plain JSON number only when its value is not whole (3.5); 3.0 and 1e16 are tagged. */
export function floatWire(n: number): Wire {
  if (Number.isNaN(n)) return { $: 'NaN' };
  if (n === Infinity) return { $: 'Inf' };
  if (n === -Infinity) return { $: '-Inf' };
  if (Object.is(n, -0)) return { $: '-0' };
  if (!Number.isInteger(n)) return n;
  const text = String(n);
  return { $: 'float', v: /^-?[0-9]+$/.test(text) ? `${text}.0` : text };
}

/** An integer on the wire: a plain JSON number up to 2^53 - 1, beyond that its digits. */
export function intWire(v: number | bigint): Wire {
  if (typeof v === 'number') return Math.abs(v) <= MAX_SAFE ? (Object.is(v, -0) ? 0 : v) : { $: 'int', v: BigInt(v).toString() };
  return v >= -BigInt(MAX_SAFE) && v <= BigInt(MAX_SAFE) ? Number(v) : { $: 'int', v: v.toString() };
}

const INT_TEXT = /^-?[0-9]+$/;

/**
 * Encodes a value for a harness. Without a type (drills without a signature, `json` positions) a
 * whole number is an int and any other number a float; with a type the declared kind decides (an
 * int-typed 3 is the int 3, a float-typed 3 is 3.0), map keys get the declared key type (an object's
 * key "1" under `map<int, V>` is the int 1) and sets are sets.
 */
export function encode(v: unknown, type?: Type, records?: ReadonlyMap<string, RecordDecl>): Wire {
  if (type === undefined || type.kind === 'json') return untyped(v);
  switch (type.kind) {
    case 'nullable':
      return v === null || v === undefined ? null : encode(v, type.inner, records);
    case 'void':
      return v === undefined ? { $: 'undef' } : untyped(v);
    case 'int':
    case 'long':
      if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v))) return intWire(v);
      if (typeof v === 'string' && INT_TEXT.test(v)) return intWire(BigInt(v));
      return untyped(v);
    case 'float':
      if (typeof v === 'number') return floatWire(v);
      if (typeof v === 'bigint') return floatWire(Number(v));
      return untyped(v);
    case 'bool':
    case 'string':
      return untyped(v);
    case 'list': {
      const items = Array.isArray(v) ? v : v instanceof Set ? [...v] : undefined;
      if (!items) return untyped(v);
      const el = type.element;
      // The common large input: a list of safe integers goes out as it is.
      if ((el.kind === 'int' || el.kind === 'long') && items.every((x) => typeof x === 'number' && Number.isSafeInteger(x) && !Object.is(x, -0))) return items as number[];
      return items.map((x) => encode(x, el, records));
    }
    case 'set': {
      const items = Array.isArray(v) ? v : v instanceof Set ? [...v] : undefined;
      return items ? { $: 'set', v: items.map((x) => encode(x, type.element, records)) } : untyped(v);
    }
    case 'tuple':
      return Array.isArray(v) ? v.map((x, i) => encode(x, type.items[i], records)) : untyped(v);
    case 'map': {
      if (!(v instanceof Map) && (v === null || typeof v !== 'object' || Array.isArray(v))) return untyped(v);
      const pairs: [unknown, unknown][] = v instanceof Map ? [...v] : Object.entries(v);
      return { $: 'map', v: pairs.map(([k, x]) => [encode(k, type.key, records), encode(x, type.value, records)]) };
    }
    case 'record': {
      const decl = records?.get(type.name);
      if (!decl || v === null || typeof v !== 'object' || Array.isArray(v)) return untyped(v);
      const pairs: [unknown, unknown][] = v instanceof Map ? [...v] : Object.entries(v);
      return { $: 'map', v: pairs.map(([k, x]) => [untyped(k), encode(x, decl.fields.find((f) => f.name === k)?.type, records)]) };
    }
  }
}

/** A value that is its own wire form: a string, bool, null, or a number JSON says exactly. */
function plain(x: unknown): boolean {
  if (typeof x === 'number') return Number.isFinite(x) && (Number.isSafeInteger(x) ? !Object.is(x, -0) : !Number.isInteger(x));
  return x === null || typeof x === 'string' || typeof x === 'boolean';
}

function untyped(v: unknown): Wire {
  if (v === undefined) return { $: 'undef' };
  // A whole number is an int; beyond 2^53 a JavaScript number is only approximate, so a float.
  if (typeof v === 'number') return Number.isSafeInteger(v) && !Object.is(v, -0) ? v : floatWire(v);
  if (typeof v === 'bigint') return intWire(v);
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (Array.isArray(v)) return v.every(plain) ? (v as Wire[]) : v.map(untyped);
  if (v instanceof Unrepresentable) return { $: 'repr', v: v.description };
  if (v instanceof Map) return { $: 'map', v: [...v].map(([k, x]) => [untyped(k), untyped(x)]) };
  if (v instanceof Set) return { $: 'set', v: [...v].map(untyped) };
  if (typeof v === 'object') return { $: 'map', v: Object.entries(v).map(([k, x]) => [k, untyped(x)]) };
  return { $: 'repr', v: String(v) };
}

/** JSON text of a case value for people to read: integers beyond 2^53 (bigints) as their digits. */
export function valueText(v: unknown, indent?: number): string {
  const text = JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? `\u0000${x.toString()}\u0000` : x), indent);
  return text === undefined ? String(v) : text.replace(/"\\u0000(-?[0-9]+)\\u0000"/g, '$1');
}
