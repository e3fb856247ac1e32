// A tagged JSON encoding that keeps values JSON cannot: NaN, ±Infinity, -0, BigInt, undefined.
// The harnesses (JS and Python) produce it; the parent decodes and compares.

export type Tagged =
  | null
  | boolean
  | number
  | string
  | Tagged[]
  | { readonly $: 'NaN' | 'Inf' | '-Inf' | '-0' | 'undef' }
  | { readonly $: 'big'; readonly v: string }
  | { readonly $: 'obj'; readonly v: Record<string, Tagged> }
  | { readonly $: 'repr'; readonly v: string };

/** Whether every element is a JSON primitive (no tags to decode, nothing to rewrite for display). */
function flat(xs: readonly unknown[]): boolean {
  for (const x of xs) if (x !== null && typeof x === 'object') return false;
  return true;
}

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
      case 'big': {
        const big = BigInt(String(o.v));
        return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
      }
      case 'repr':
        return new Unrepresentable(String(o.v));
      case 'obj': {
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

/** Encodes arguments for the harness (they come from YAML: plain JSON-like data). */
export function encode(v: unknown): Tagged {
  if (v === undefined) return { $: 'undef' };
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return { $: 'NaN' };
    if (v === Infinity) return { $: 'Inf' };
    if (v === -Infinity) return { $: '-Inf' };
    if (Object.is(v, -0)) return { $: '-0' };
    return v;
  }
  if (typeof v === 'bigint') return { $: 'big', v: v.toString() };
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(encode);
  if (typeof v === 'object') {
    const out: Record<string, Tagged> = {};
    for (const [k, x] of Object.entries(v)) out[k] = encode(x);
    return { $: 'obj', v: out };
  }
  return { $: 'repr', v: String(v) };
}
