import { createHash } from 'crypto';
import type { CompareMode } from '../model';
import { Unrepresentable } from './values';

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
