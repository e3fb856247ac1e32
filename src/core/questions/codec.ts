/**
 * An exact JSON form for loaded question data, used by the compiled built-in bank and the pack
 * cache. Every JavaScript value the loader can produce comes back with the same type and value:
 * numbers and bigints are tagged (a plain JSON number would not say which it was, and `-0`, NaN
 * and the infinities have no JSON form), as are `undefined` members, Maps and Sets. A value with
 * no exact form (a class instance, a function, a sparse array) is refused rather than stored
 * approximately, so a loader that starts producing a new kind of value fails the build loudly.
 *
 * Tags: `{"$":"num","v":"<String(n)>"}` (a JS number, `-0` written as "-0"), `{"$":"int","v":"<digits>"}`
 * (a bigint), `{"$":"undef"}`, `{"$":"map","v":[[k,v],…]}`, `{"$":"set","v":[…]}`, and
 * `{"$":"obj","v":{…}}` for a plain object that itself has a `$` key. Strings, booleans, null and
 * arrays are written as themselves.
 */

export type Encoded = null | boolean | string | Encoded[] | { [key: string]: Encoded };

export class CodecError extends Error {}

export function encodeValue(value: unknown, at = '$'): Encoded {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return { $: 'num', v: Object.is(value, -0) ? '-0' : String(value) };
    case 'bigint':
      return { $: 'int', v: value.toString() };
    case 'undefined':
      return { $: 'undef' };
    case 'object': {
      if (value === null) return null;
      if (Array.isArray(value)) {
        const out: Encoded[] = [];
        for (let i = 0; i < value.length; i++) {
          if (!(i in value)) throw new CodecError(`${at}[${i}] is a hole in a sparse array; it has no exact stored form`);
          out.push(encodeValue(value[i], `${at}[${i}]`));
        }
        return out;
      }
      if (value instanceof Map) return { $: 'map', v: [...value].map(([k, v], i) => [encodeValue(k, `${at}.key${i}`), encodeValue(v, `${at}.value${i}`)]) };
      if (value instanceof Set) return { $: 'set', v: [...value].map((v, i) => encodeValue(v, `${at}.item${i}`)) };
      if (Object.getPrototypeOf(value) !== Object.prototype) {
        throw new CodecError(`${at} is a ${value.constructor?.name ?? 'prototype-less object'}; only plain objects, arrays, Maps and Sets have an exact stored form`);
      }
      const out: { [key: string]: Encoded } = {};
      for (const key of Object.keys(value)) out[key] = encodeValue((value as Record<string, unknown>)[key], `${at}.${key}`);
      return '$' in out ? { $: 'obj', v: out } : out;
    }
    default:
      throw new CodecError(`${at} is a ${typeof value}; it has no exact stored form`);
  }
}

export function decodeValue(data: Encoded): unknown {
  if (data === null || typeof data !== 'object') return data;
  if (Array.isArray(data)) return data.map(decodeValue);
  const tag = data['$'];
  if (tag === undefined) return decodeMembers(data);
  const v = data['v'];
  switch (tag) {
    case 'num':
      return v === '-0' ? -0 : Number(v);
    case 'int':
      return BigInt(v as string);
    case 'undef':
      return undefined;
    case 'map':
      return new Map((v as [Encoded, Encoded][]).map(([k, x]) => [decodeValue(k), decodeValue(x)]));
    case 'set':
      return new Set((v as Encoded[]).map(decodeValue));
    case 'obj':
      return decodeMembers(v as { [key: string]: Encoded });
    default:
      throw new CodecError(`unknown tag ${JSON.stringify(tag)}`);
  }
}

function decodeMembers(data: { [key: string]: Encoded }): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(data)) out[key] = decodeValue(data[key]!);
  return out;
}
