import * as assert from 'node:assert/strict';
import {
  checkValue,
  formatValuePath,
  parseSignature,
  parseType,
  printSignature,
  printType,
  pythonRecord,
  pythonType,
  tsType,
  type Signature,
  type Type,
} from '../../../src/core/types';

/** The AST without positions, for comparing shapes. */
function bare<T>(x: T): T {
  return JSON.parse(JSON.stringify(x, (k, v: unknown) => (k === 'span' ? undefined : v))) as T;
}

function type(text: string, records: string[] = []): Type {
  const r = parseType(text, new Set(records));
  assert.deepEqual(r.problems, [], text);
  return r.value!;
}

function problems(t: Type | string, value: unknown, opts: Parameters<typeof checkValue>[2] = { numbersAreFloats: true }): string[] {
  return checkValue(typeof t === 'string' ? type(t) : t, value, opts).map((p) => `${formatValuePath('v', p.path)}: ${p.message}`);
}

describe('type language: parser', () => {
  it('parses a function signature into the documented AST', () => {
    const r = parseSignature('pairWithSum(nums: list<int>, target: int) -> list<int>');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(bare(r.value), {
      kind: 'function',
      function: {
        name: 'pairWithSum',
        params: [
          { name: 'nums', type: { kind: 'list', element: { kind: 'int' } } },
          { name: 'target', type: { kind: 'int' } },
        ],
        returns: { kind: 'list', element: { kind: 'int' } },
      },
      records: [],
    });
    // Positions point into the string: "target" starts at 29, its type at 37.
    const target = (r.value as Extract<Signature, { kind: 'function' }>).function.params[1]!;
    assert.deepEqual(target.span, { start: 29, end: 40 });
    assert.deepEqual(target.type.span, { start: 37, end: 40 });
  });

  it('parses a design class with constructor, methods and records', () => {
    const r = parseSignature({
      class: 'Router',
      constructor: '(routes: list<Route>)',
      methods: ['match(path: string) -> Match?', 'add(route: Route) -> void', 'stats() -> map<string, long>'],
      records: { Route: '{ method: string, pattern: string }', Match: '{ name: string, params: map<string, string>, status?: int }' },
    });
    assert.deepEqual(r.problems, []);
    const sig = r.value!;
    assert.equal(sig.kind, 'class');
    if (sig.kind !== 'class') return;
    assert.equal(sig.className, 'Router');
    assert.deepEqual(bare(sig.constructorParams), [{ name: 'routes', type: { kind: 'list', element: { kind: 'record', name: 'Route' } } }]);
    assert.deepEqual(sig.methods.map((m) => `${m.name}:${printType(m.returns)}`), ['match:Match?', 'add:void', 'stats:map<string, long>']);
    assert.deepEqual(bare(sig.records[1]), {
      name: 'Match',
      fields: [
        { name: 'name', type: { kind: 'string' }, optional: false },
        { name: 'params', type: { kind: 'map', key: { kind: 'string' }, value: { kind: 'string' } }, optional: false },
        { name: 'status', type: { kind: 'int' }, optional: true },
      ],
    });
  });

  it('prints every form back so that parsing the print gives the same AST', () => {
    const inputs: unknown[] = [
      'f(a: int, b: long, c: float, d: bool, e: string) -> void',
      'g(x: list<list<int?>>, y: set<string>, z: map<long, list<float>>?) -> tuple<long, json, string?>',
      'h() -> json',
      { function: 'depth(root: Node?) -> int', records: { Node: '{ val: int, kids: list<Node> }' } },
      { class: 'Cache', constructor: '()', methods: ['get(k: string) -> Entry?'], records: { Entry: '{ v: int, note?: string }' } },
    ];
    for (const input of inputs) {
      const first = parseSignature(input);
      assert.deepEqual(first.problems, [], JSON.stringify(input));
      const printed = printSignature(first.value!);
      const again = parseSignature(printed);
      assert.deepEqual(again.problems, []);
      assert.deepEqual(bare(again.value), bare(first.value), JSON.stringify(printed));
    }
    assert.equal(printSignature(parseSignature('f( a :list< int >,b:int?)->map<string,int>').value!), 'f(a: list<int>, b: int?) -> map<string, int>');
  });

  it('reports a bad signature at the character that is wrong, with what was expected', () => {
    const cases: [unknown, (string | number)[], number | undefined, RegExp][] = [
      ['f(a: list<integer>) -> int', [], 10, /unknown type "integer" \(did you mean int\?\)/],
      ['f(a: map<float, int>) -> int', [], 9, /map keys must be int, long or string, not float/],
      ['f(a: set<list<int>>) -> int', [], 9, /set elements must be int, long or string/],
      ['f(a: int??) -> int', [], 9, /nullable once/],
      ['f(a: void) -> int', [], 5, /void is only a return type/],
      ['f(a: int) -> void?', [], 17, /void cannot be nullable/],
      ['f(a: json?) -> int', [], 9, /json already includes null/],
      ['f(a: tuple<int>) -> int', [], 5, /at least two items/],
      ['f(a: int, a: int) -> int', [], 10, /parameter "a" appears twice/],
      ['f(default: int) -> int', [], 2, /"default" is a keyword in JavaScript, Java, Go and C\+\+/],
      ['f(a: int)', [], 9, /expected "->" and the return type/],
      ['f(a: list<int) -> int', [], 13, /expected ">" to close list/],
      ['f(a: int) -> int extra', [], 17, /unexpected "extra" after the end/],
      ['f(a: int) -> int;', [], 16, /unexpected character ";"/],
      [42, [], undefined, /a signature is a string/],
      [{ class: 'C', methods: ['get() -> int', 'get(k: int) -> int'] }, ['methods', 1], 0, /declared twice \(no overloads/],
      [{ class: 'C', constructor: '(n: int', methods: ['get() -> int'] }, ['constructor'], 7, /expected "," or "\)"/],
      [{ class: 'C', methods: [] }, ['methods'], undefined, /"methods" must be a list/],
      [{ class: 'C', methods: ['m() -> int'], extra: 1 }, ['extra'], undefined, /unknown signature field "extra"/],
      [{ function: 'f(n: Node) -> int', records: { Node: '{ val: int, next: Node }' } }, ['records', 'Node'], 0, /always contains another Node/],
      [{ function: 'f(n: Node) -> int', records: { Node: '{ val: int, next?: Node? }' } }, ['records', 'Node'], 19, /optional \(next\?\) and nullable/],
      [{ function: 'f(n: int) -> int', records: { Node: '{ val: int }' } }, ['records', 'Node'], undefined, /declared but no parameter or result uses it/],
      [{ function: 'f(n: Nod) -> int', records: { Node: '{ val: int }' } }, ['function'], 5, /unknown type "Nod"/],
      [{ function: 'f(n: list) -> int', records: { list: '{ val: int }' } }, ['records', 'list'], undefined, /"list" is a built-in type/],
    ];
    for (const [input, path, offset, message] of cases) {
      const r = parseSignature(input);
      assert.equal(r.value, undefined, JSON.stringify(input));
      const p = r.problems.find((x) => message.test(x.message));
      assert.ok(p, `${JSON.stringify(input)}: expected ${String(message)} in ${JSON.stringify(r.problems)}`);
      assert.deepEqual(p.path, path, JSON.stringify(input));
      assert.equal(p.offset, offset, `${JSON.stringify(input)}: ${p.message}`);
    }
  });
});

describe('type language: value checker', () => {
  it('accepts values that fit, integers exactly at the edges of their width', () => {
    assert.deepEqual(problems('int', -(2n ** 31n)), []);
    assert.deepEqual(problems('int', 2n ** 31n - 1n), []);
    assert.deepEqual(problems('long', 2n ** 63n - 1n), []);
    assert.deepEqual(problems('long', -(2n ** 63n)), []);
    assert.deepEqual(problems('float', 2.5), []);
    assert.deepEqual(problems('float', 3n), [], 'an integer written where a float is declared is that float');
    assert.deepEqual(problems('float', NaN), []);
    assert.deepEqual(problems('list<int?>', [1n, null]), []);
    assert.deepEqual(problems('map<int, string>', new Map([[1n, 'a']])), []);
    assert.deepEqual(problems('set<string>', ['a', 'b']), []);
    assert.deepEqual(problems('tuple<long, json>', [5n, new Map([['k', [1n, 'x', null]]])]), []);
    assert.deepEqual(problems('string?', null), []);
    assert.deepEqual(problems('json', null), []);
  });

  it('names every kind of misfit with its place in the value', () => {
    const cases: [string, unknown, string[]][] = [
      ['int', 2n ** 31n, ['v: 2147483648 does not fit int (32-bit)']],
      ['list<int>', [1n, -(2n ** 31n) - 1n], ['v[1]: -2147483649 does not fit int (32-bit)']],
      ['long', 2n ** 63n, ['v: 9223372036854775808 does not fit long (64-bit)']],
      ['int', 2.5, ['v: 2.5 is a float, not an int']],
      ['long', 3, ['v: 3.0 is a float, not a long']],
      ['int', '5', ['v: "5" is not an int']],
      ['string', 5n, ['v: 5 is not a string (quote it)']],
      ['bool', 1n, ['v: 1 is not a bool (true or false)']],
      ['float', 'x', ['v: "x" is not a float']],
      ['list<int>', 5n, ['v: 5 is not a list (list<int> is declared)']],
      ['list<list<int>>', [[1n], 2n], ['v[1]: 2 is not a list (list<int> is declared)']],
      ['map<string, int>', [1n], ['v: a list is not a map (map<string, int> is declared)']],
      ['map<int, string>', new Map<unknown, unknown>([['1', 'a'], [2n, 3n]]), ['v["1"]: key "1" is not an int', 'v[2]: 3 is not a string (quote it)']],
      ['map<string, int>', new Map([[7n, 1n]]), ['v[7]: key 7 is not a string (quote it)']],
      ['int', null, ['v: null where int is declared (int? allows null)']],
      ['set<int>', [1n, 2n, 1n], ['v[2]: 1 appears twice in a set']],
      ['set<int>', 'abc', ['v: "abc" is not a set (set<int> is declared; write it as a list without repeats)']],
      ['tuple<long, string>', [1n, 'a', 'b'], ['v: a tuple<long, string> has 2 items, this list has 3']],
      ['tuple<long, string>', [1n, 2n], ['v[1]: 2 is not a string (quote it)']],
      ['json', new Map([[1n, 'x']]), ['v[1]: JSON object keys are strings; 1 is not (quote it)']],
    ];
    for (const [t, v, expected] of cases) assert.deepEqual(problems(t, v), expected, t);
  });

  it('holds records to their fields: missing, unknown, optional and nullable', () => {
    const sig = parseSignature({ function: 'f(n: Node?) -> Reply', records: { Node: '{ val: int, next: Node? }', Reply: '{ status: int, error?: string }' } }).value!;
    const node: Type = { kind: 'record', name: 'Node' };
    const reply: Type = { kind: 'record', name: 'Reply' };
    const check = (t: Type, v: unknown): string[] => checkValue(t, v, { records: sig.records, numbersAreFloats: true }).map((p) => `${formatValuePath('v', p.path)}: ${p.message}`);
    const chain = new Map<string, unknown>([['val', 1n], ['next', new Map<string, unknown>([['val', 2n], ['next', null]])]]);
    assert.deepEqual(check(node, chain), []);
    assert.deepEqual(check(node, new Map<string, unknown>([['val', 1n]])), ['v: Node is missing "next" (write null when there is none)']);
    assert.deepEqual(check(node, new Map<string, unknown>([['val', 1n], ['next', null], ['prev', null]])), ['v.prev: Node has no field "prev" (fields: val, next)']);
    assert.deepEqual(check(node, new Map<string, unknown>([['val', 1n], ['next', new Map<string, unknown>([['val', 'x'], ['next', null]])]])), ['v.next.val: "x" is not an int']);
    assert.deepEqual(check(reply, new Map<string, unknown>([['status', 200n]])), [], 'an optional field may be absent');
    assert.deepEqual(check(reply, new Map<string, unknown>([['status', 422n], ['error', 'reused']])), []);
    assert.deepEqual(check(reply, [200n]), ['v: a list is not a Reply (a map with status, error)']);
  });

  it('treats a void result as null', () => {
    assert.deepEqual(checkValue({ kind: 'void' }, null), []);
    assert.deepEqual(checkValue({ kind: 'void' }, 5n).map((p) => p.message), ['5 where the result is void (write null)']);
  });

  it('checks JavaScript numbers and plain objects too (values as the judge holds them today)', () => {
    const opts = { numbersAreFloats: false };
    assert.deepEqual(problems('list<int>', [1, 2, 3], opts), []);
    assert.deepEqual(problems('int', 2147483648, opts), ['v: 2147483648 does not fit int (32-bit)']);
    assert.deepEqual(problems('int', 1.5, opts), ['v: 1.5 is a float, not an int']);
    assert.deepEqual(problems('map<string, int>', { a: 1 }, opts), []);
    assert.deepEqual(problems('map<int, int>', { 1: 1 }, opts), ['v["1"]: key "1" is not an int'], 'a plain object has string keys only');
    assert.deepEqual(problems('set<int>', new Set([1, 2]), opts), []);
  });

  it('stops after the limit, so a huge wrong case gives a readable list', () => {
    assert.equal(checkValue(type('list<int>'), Array.from({ length: 1000 }, () => 'x')).length, 10);
    assert.equal(checkValue(type('list<int>'), Array.from({ length: 1000 }, () => 'x'), { limit: 3 }).length, 3);
  });

  it('formats paths into values the way a reader writes them', () => {
    assert.equal(formatValuePath('args[0]', [3]), 'args[0][3]');
    assert.equal(formatValuePath('expected', ['items', 2]), 'expected.items[2]');
    assert.equal(formatValuePath('headers', ['Content-Type']), 'headers["Content-Type"]');
    assert.equal(formatValuePath('m', [5n]), 'm[5]');
  });
});

describe('type language: renderings for starters', () => {
  it('maps types to TypeScript/JSDoc and Python as the table says', () => {
    const cases: [string, string, string][] = [
      ['int', 'number', 'int'],
      ['long', 'number', 'int'],
      ['float', 'number', 'float'],
      ['bool', 'boolean', 'bool'],
      ['string', 'string', 'str'],
      ['list<list<int>>', 'number[][]', 'List[List[int]]'],
      ['list<int?>', '(number | null)[]', 'List[Optional[int]]'],
      ['map<string, list<string>>', 'Record<string, string[]>', 'Dict[str, List[str]]'],
      ['map<int, bool>', 'Map<number, boolean>', 'Dict[int, bool]'],
      ['set<long>', 'Set<number>', 'Set[int]'],
      ['tuple<long, string>', '[number, string]', 'Tuple[int, str]'],
      ['string?', 'string | null', 'Optional[str]'],
      ['json', 'Json', 'Any'],
    ];
    for (const [t, ts, py] of cases) {
      assert.equal(tsType(type(t)), ts, t);
      assert.equal(pythonType(type(t)), py, t);
    }
  });

  it('renders records as TypedDicts, with optional fields in a total=False subclass', () => {
    const sig = parseSignature({ function: 'f(r: Reply) -> int', records: { Reply: '{ status: int, error?: string }' } }).value!;
    assert.deepEqual(pythonRecord(sig.records[0]!), ['class _ReplyRequired(TypedDict):', '    status: int', '', '', 'class Reply(_ReplyRequired, total=False):', '    error: str']);
    const odd = parseSignature({ function: 'f(r: Rule) -> int', records: { Rule: '{ from: string, enum?: list<string> }' } }).value!;
    assert.deepEqual(pythonRecord(odd.records[0]!), ['Rule = TypedDict("Rule", {"from": str, "enum": List[str]}, total=False)  # always present: from']);
  });
});
