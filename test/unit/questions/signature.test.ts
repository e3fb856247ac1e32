import * as assert from 'node:assert/strict';
import { parseCustomTests, parseQuestion } from '../../../src/core/questions/loader';
import { formatDiagnostic, type Question } from '../../../src/core/model';
import { printSignature } from '../../../src/core/types';

const HEAD = ['id: q', 'title: Q', 'topic: algorithms', 'kind: coding', 'difficulty: easy', 'minutes: 10', 'prompt: p'];

/** Loads a question whose body starts on line 8 (after the 7 header lines). */
function load(...body: string[]): { question?: Question; shown: string[] } {
  const r = parseQuestion([...HEAD, ...body].join('\n'), 'q.yaml', 'user');
  return { ...(r.question ? { question: r.question } : {}), shown: r.diagnostics.map(formatDiagnostic) };
}

const TWO_SUM = 'signature: "pairWithSum(nums: list<int>, target: int) -> list<int>"';

describe('question loader: signatures', () => {
  it('derives the function, its parameter names and the typed signature from "signature"', () => {
    const { question, shown } = load(TWO_SUM, 'tests:', '  - { args: [[1, 2], 3], expected: [0, 1] }');
    assert.deepEqual(shown, []);
    assert.equal(question?.function, 'pairWithSum');
    assert.deepEqual(question?.params, ['nums', 'target']);
    assert.equal(question?.className, undefined);
    assert.equal(printSignature(question!.signature!), 'pairWithSum(nums: list<int>, target: int) -> list<int>');
  });

  it('derives the class from a class signature', () => {
    const { question, shown } = load(
      'signature:', '  class: LRUCache', '  constructor: "(capacity: int)"', '  methods:', '    - "get(key: int) -> int"', '    - "put(key: int, value: int) -> void"',
      'tests:', '  - { ops: [LRUCache, put, get], args: [[1], [1, 5], [1]], expected: [null, null, 5] }',
    );
    assert.deepEqual(shown, []);
    assert.equal(question?.className, 'LRUCache');
    assert.equal(question?.function, undefined);
    assert.equal(question?.signature?.kind, 'class');
  });

  it('still accepts packs without a signature (function/params/class), with no signature on the question', () => {
    const { question, shown } = load('function: pairWithSum', 'params: [nums, target]', 'tests:', '  - { args: [[1, 2], 3], expected: [0, 1] }');
    assert.deepEqual(shown, []);
    assert.equal(question?.function, 'pairWithSum');
    assert.deepEqual(question?.params, ['nums', 'target']);
    assert.equal(question?.signature, undefined);
  });

  it('accepts legacy fields beside a signature when they agree, and reports each one that does not', () => {
    assert.deepEqual(load(TWO_SUM, 'function: pairWithSum', 'params: [nums, target]', 'tests:', '  - { args: [[1, 2], 3], expected: [0, 1] }').shown, []);
    const bad = load(TWO_SUM, 'function: twoSum', 'params: [a, b]', 'class: Pair', 'tests:', '  - { args: [[1, 2], 3], expected: [0, 1] }');
    assert.equal(bad.question, undefined);
    assert.deepEqual(bad.shown, [
      'q.yaml:9:1: "function: twoSum" disagrees with the signature\'s pairWithSum; drop "function" (the signature says it) or make them agree',
      'q.yaml:10:1: "params: [a, b]" disagrees with the signature\'s (nums: list<int>, target: int); drop "params" (the signature says it) or make them agree',
      'q.yaml:11:1: "class: Pair" is given, but the signature is a function\'s; drop "class" (the signature says it) or make them agree',
    ]);
    const cls = load('signature: { class: Box, methods: ["get() -> int"] }', 'class: Crate', 'function: get', 'tests:', '  - { ops: [Box, get], args: [[], []], expected: [null, 1] }');
    assert.deepEqual(cls.shown, [
      'q.yaml:9:1: "class: Crate" disagrees with the signature\'s class Box; drop "class" (the signature says it) or make them agree',
      'q.yaml:10:1: "function: get" is given, but the signature is a design class\'s; drop "function" (the signature says it) or make them agree',
    ]);
  });

  it('points a signature problem at its character, in a quoted string, a plain one and a method list', () => {
    assert.deepEqual(load('signature: "f(a: lisst<int>) -> int"', 'tests:', '  - { args: [[1]], expected: 1 }').shown.map((s) => s.slice(0, 12)), ['q.yaml:8:18:']);
    assert.deepEqual(load('signature: f(a list<int>) -> int', 'tests:', '  - { args: [[1]], expected: 1 }').shown, ['q.yaml:8:16: "signature": expected ":" and the type of a, found "list"']);
    const methods = load('signature:', '  class: Box', '  methods:', '    - get() -> int', '    - "put(x: int) -> nothing"', 'tests:', '  - { ops: [Box], args: [[]], expected: [null] }');
    assert.deepEqual(methods.shown, ['q.yaml:12:23: "signature.methods[1]": unknown type "nothing"; types are int, long, float, bool, string, json, list<T>, set<T>, map<K, V>, tuple<A, B>, T? and the records declared under "records"']);
    const record = load('signature:', '  function: "f(n: Node) -> int"', '  records:', '    Node: "{ val: int, next: Nod? }"', 'tests:', '  - { args: [{ val: 1, next: null }], expected: 1 }');
    assert.match(record.shown[0]!, /^q\.yaml:11:30: "signature\.records\.Node": unknown type "Nod"/);
    // A string that spans lines or has escapes has no one-to-one columns: the problem is at its start.
    const folded = load('signature: >-', '  f(a: int) ->', '  intt', 'tests:', '  - { args: [1], expected: 1 }');
    assert.match(folded.shown[0]!, /^q\.yaml:8:12: "signature": unknown type "intt"/);
  });

  it('is for coding drills only', () => {
    const r = parseQuestion(['id: q', 'title: Q', 'topic: system-design', 'kind: system-design', 'difficulty: easy', 'minutes: 10', 'prompt: p', 'signature: "f() -> int"'].join('\n'), 'q.yaml', 'user');
    assert.match(r.diagnostics.map(formatDiagnostic).join('\n'), /q\.yaml:8:1: "signature" is for coding drills \(function or design class\); this is a system-design drill/);
  });
});

describe('question loader: case values against the declared types', () => {
  it('reports each misfit at the line and column of the value itself, map keys at the key', () => {
    const { question, shown } = load(
      'signature: "route(headers: map<string, string>, ids: list<long>, limit: int?) -> map<int, string>"',
      'tests:',
      '  - name: ok',
      '    args: [{ Accept: "*/*" }, [9223372036854775807], null]',
      '    expected: { 1: a }',
      '  - name: bad',
      '    args:',
      '      - { Accept: 7 }',
      '      - [1, 9223372036854775808, 2.0]',
      '      - 10',
      '    expected: { 1: a, "2": b }',
    );
    assert.equal(question, undefined);
    assert.deepEqual(shown, [
      'q.yaml:15:19: tests[1].args[0].Accept (headers: map<string, string>): 7 is not a string (quote it)',
      'q.yaml:16:13: tests[1].args[1][1] (ids: list<long>): 9223372036854775808 does not fit long (64-bit)',
      'q.yaml:16:34: tests[1].args[1][2] (ids: list<long>): 2.0 is a float, not a long',
      'q.yaml:18:23: tests[1].expected["2"] (route -> map<int, string>): key "2" is not an int',
    ]);
  });

  it('checks the number of arguments against the parameters', () => {
    assert.deepEqual(load(TWO_SUM, 'tests:', '  - { args: [[1, 2]], expected: [0, 1] }').shown, ['q.yaml:10:7: "tests[0].args" has 1 argument, but pairWithSum takes 2 (nums: list<int>, target: int)']);
  });

  it('checks every operation of a design class: the constructor first, declared methods, arity, arguments and results', () => {
    const { shown } = load(
      'signature:',
      '  class: Counter',
      '  constructor: "(start: int)"',
      '  methods: ["add(n: int) -> void", "total() -> long", "names() -> set<string>"]',
      'tests:',
      '  - ops: [Counter, add, total, names]',
      '    args: [[1], [2], [], []]',
      '    expected: [null, null, 3, [a, b]]',
      '  - ops: [Count, add, reset, total, add]',
      '    args: [[1], [2, 3], [], [], [2.5]]',
      '    expected: [0, 5, null, x, null]',
      '  - ops: [Counter, names]',
      '    args: [[1], []]',
      '    expected: [null, [a, a]]',
    );
    assert.deepEqual(shown, [
      'q.yaml:16:11: "tests[1].ops[0]" must construct the class: Counter, not "Count"',
      'q.yaml:16:23: "tests[1].ops[2]": Counter has no method "reset" (methods: add, total, names)',
      'q.yaml:17:17: "tests[1].args[1]" (add) has 2 arguments, but add takes 1 (n: int)',
      'q.yaml:17:34: tests[1].args[4][0] (add n: int): 2.5 is a float, not an int',
      'q.yaml:18:19: tests[1].expected[1] (add -> void): 5 where the result is void (write null)',
      'q.yaml:18:28: tests[1].expected[3] (total -> long): "x" is not a long',
      'q.yaml:21:26: tests[2].expected[1][1] (names -> set<string>): "a" appears twice in a set',
    ]);
  });

  it('checks the results written for generated (size) cases, and script results that declare their type', () => {
    const fn = load(
      TWO_SUM,
      'scaling: { generator: "return [[1, 2], 3];", sizes: [10, 20, 40] }',
      'tests:',
      '  - { name: worst, size: 1000, expected: [0, 1.5] }',
      '  - { name: script, script: { javascript: "return 1;" }, returns: "list<long>", expected: [1, x] }',
      '  - { name: untyped script, script: { javascript: "return 1;" }, expected: [1, x] }',
      '  - { name: bad returns, script: { javascript: "return 1;" }, returns: "list<lng>", expected: [] }',
    );
    assert.deepEqual(fn.shown, [
      'q.yaml:11:46: tests[0].expected[1] (pairWithSum -> list<int>): 1.5 is a float, not an int',
      'q.yaml:12:95: tests[1].expected[1] (the script returns list<long>): "x" is not a long',
      'q.yaml:14:78: "tests[3].returns": unknown type "lng"; types are int, long, float, bool, string, json, list<T>, set<T>, map<K, V>, tuple<A, B>, T? and the records declared under "records"',
    ]);
    const cls = load(
      'signature: { class: Box, methods: ["put(x: int) -> void", "get() -> int"] }',
      'scaling: { generator: "return [[], []];", sizes: [10, 20, 40] }',
      'tests:',
      '  - { name: worst, size: 1000, expected: [null, null, 4, "4"] }',
    );
    assert.deepEqual(cls.shown, ['q.yaml:11:58: tests[0].expected[3]: "4" is no method\'s result (get -> int)']);
  });

  it('checks records, nested, with the field that is wrong', () => {
    const { shown } = load(
      'signature:',
      '  function: "depth(root: Node?) -> int"',
      '  records: { Node: "{ val: int, left: Node?, right: Node? }" }',
      'tests:',
      '  - { args: [null], expected: 0 }',
      '  - { args: [{ val: 1, left: { val: 2, left: null }, right: null }], expected: 2 }',
      '  - { args: [{ val: 1, left: null, right: null, color: red }], expected: 1 }',
    );
    assert.deepEqual(shown, [
      'q.yaml:13:30: tests[1].args[0].left (root: Node?): Node is missing "right" (write null when there is none)',
      'q.yaml:14:49: tests[2].args[0].color (root: Node?): Node has no field "color" (fields: val, left, right)',
    ]);
  });

  it('checks a person\'s own cases (custom-tests.yaml) against the drill\'s types too', () => {
    const q = load(TWO_SUM, 'tests:', '  - { args: [[1, 2], 3], expected: [0, 1] }').question!;
    const r = parseCustomTests('tests:\n  - { name: mine, args: [[1, "2"], 3], expected: [0, 1] }\n', 'custom-tests.yaml', q);
    assert.deepEqual(r.diagnostics.map(formatDiagnostic), ['custom-tests.yaml:2:30: tests[0].args[0][1] (nums: list<int>): "2" is not an int']);
  });
});
