import * as assert from 'node:assert/strict';
import { CodecError, decodeValue, encodeValue } from '../../../src/core/questions/codec';

/** Through JSON text and back, as the compiled bank and the pack cache store values. */
function roundTrip(value: unknown): unknown {
  return decodeValue(JSON.parse(JSON.stringify(encodeValue(value))));
}

describe('stored value codec', () => {
  it('keeps every number exact and says which kind it was: integers as BigInt, a whole float as a float, -0, NaN, ±Infinity', () => {
    const values = [3, 3n, 2n ** 53n + 1n, -(2n ** 70n), 0, -0, 0.1 + 0.2, 1e16, 5e-324, Number.MAX_VALUE, NaN, Infinity, -Infinity];
    const back = roundTrip(values) as unknown[];
    assert.equal(back.length, values.length);
    values.forEach((v, i) => {
      assert.equal(typeof back[i], typeof v, `item ${i} keeps its type`);
      assert.ok(Object.is(back[i], v), `item ${i}: ${String(back[i])} is ${String(v)}`);
    });
    // A plain JSON number could not have told these apart.
    assert.notDeepStrictEqual(roundTrip(3), roundTrip(3n));
  });

  it('keeps undefined members, Maps with typed keys, Sets, nested lists and objects whose keys look like tags', () => {
    const value = {
      expected: undefined,
      counts: new Map<unknown, unknown>([[1n, 'int key'], ['1', 'string key'], [2.5, [new Set([1n, 'a'])]]]),
      nested: [[[]], [{ $: 'num', v: 'not a tag' }], { $: 'obj', v: { $: 'deeper' } }],
      text: ['', '$', '{"$":"int","v":"1"}'],
      flags: [true, false, null],
    };
    const back = roundTrip(value) as typeof value;
    assert.deepStrictEqual(back, value);
    assert.ok('expected' in back, 'an undefined member stays a member');
    assert.equal((back.counts.get(1n) as string), 'int key');
    assert.equal(back.counts.get('1'), 'string key');
  });

  it('refuses what it cannot store exactly instead of storing something else', () => {
    class Float {
      constructor(readonly value: number) {}
    }
    assert.throws(() => encodeValue({ tests: [{ args: [new Float(3)] }] }), (e: unknown) => e instanceof CodecError && /\$\.tests\[0\]\.args\[0\] is a Float/.test(e.message));
    const sparse: unknown[] = [1];
    sparse[2] = 3;
    assert.throws(() => encodeValue(sparse), /hole in a sparse array/);
    assert.throws(() => encodeValue({ f: () => 1 }), /\$\.f is a function/);
    assert.throws(() => encodeValue(Object.create(null)), /prototype-less object/);
    assert.throws(() => encodeValue(new Date(0)), /is a Date/);
    assert.throws(() => decodeValue({ $: 'what' }), /unknown tag "what"/);
  });
});
