// C++ against the real compiler (g++ or clang++; CI installs g++). Without one these tests fail with
// the install message: they never skip.
import * as assert from 'node:assert/strict';
import { execFile } from 'child_process';
import { existsSync, promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Judge } from '../../../src/core/judge';
import type { Question, RunResult } from '../../../src/core/model';
import { findQuestionFiles } from '../../../src/core/questions/bank';
import { loadQuestionFile } from '../../../src/core/questions/loader';
import { valueText } from '../../../src/core/judge/values';
import { RUNTIMES, type Toolchain } from '../../../src/core/runtimes';
import { CPP_FLAGS, cppDriver, precompilesHeader } from '../../../src/core/runtimes/cpp';
import cppHarness from '../../../src/core/runtimes/harness/drills.hpp';
import { lastingLeftovers, question } from './helpers';

const cpp = RUNTIMES.cpp;
const verdicts = (r: RunResult): string[] => r.cases.map((c) => c.verdict);

const add = question(['kind: coding', 'signature: "add(a: int, b: int) -> long"', 'limits: { timeMs: 1000, memoryMb: 128 }', 'tests:', '  - { name: one, args: [1, 2], expected: 3 }', '  - { name: big, args: [2000000000, 2000000000], expected: 4000000000 }', '  - { name: hidden, args: [0, 0], expected: 0, hidden: true }'].join('\n'));
const solution = (body: string): string => `class Solution {\npublic:\n${body}\n};\n`;

describe('C++ runtime (real compiler)', function () {
  this.timeout(180_000);
  let cache: string;
  let judge: Judge;
  let toolchain: Toolchain;
  /** Compiler calls that built something (not the version probe), counted by a wrapper script. */
  let log: string;

  before(async () => {
    cache = await fs.mkdtemp(path.join(os.tmpdir(), 'drills-cpp-'));
    // The real compiler, found the way the judge finds it; a missing one fails here with the install message.
    toolchain = await new Judge({ nodePath: process.execPath }).toolchain(cpp);
    log = path.join(cache, 'compiles.log');
    const wrapper = path.join(cache, 'cxx');
    await fs.writeFile(wrapper, `#!/bin/sh\ncase "$1" in --version) ;; *) echo "$@" >> '${log}' ;; esac\nexec '${toolchain.command}' "$@"\n`, { mode: 0o755 });
    judge = new Judge({ nodePath: process.execPath, cacheDir: path.join(cache, 'builds'), toolchains: { configured: (r) => (r.id === 'cpp' ? wrapper : undefined) } });
  });
  after(() => fs.rm(cache, { recursive: true, force: true }));
  afterEach(async () => assert.deepEqual(await lastingLeftovers(), [], 'no process is left after a run'));

  const run = (code: string, q: Question = add, mode: 'run' | 'submit' = 'run'): Promise<RunResult> => judge.run(q, { language: 'cpp', code }, { mode, trusted: true });
  const compilerCalls = async (): Promise<string[]> => (await fs.readFile(log, 'utf8').catch(() => '')).split('\n').filter(Boolean);
  /** Compiles of a solution (not of the harness, which is built once). */
  const compiles = async (): Promise<number> => (await compilerCalls()).filter((l) => l.includes('driver.cpp')).length;

  it('accepts a LeetCode-style Solution, with a long result, on Run and Submit', async () => {
    const code = solution('    long long add(int a, int b) { return (long long)a + b; }');
    const r = await run(code);
    assert.equal(r.verdict, 'accepted', JSON.stringify(r.cases));
    assert.deepEqual(r.cases.map((c) => c.name), ['one', 'big']);
    assert.deepEqual(verdicts(await run(code, add, 'submit')), ['accepted', 'accepted', 'accepted']);
  });

  it('does not compile an unchanged solution again, and compiles an edited one', async () => {
    const code = solution('    long long add(int a, int b) { return 0LL + a + b; }  // cache test');
    const before = await compiles();
    assert.equal((await run(code)).verdict, 'accepted');
    assert.equal(await compiles(), before + 1, 'the first run compiles');
    assert.equal((await run(code, add, 'submit')).verdict, 'accepted');
    assert.equal(await compiles(), before + 1, 'the second run of the same code does not compile');
    assert.equal((await run(`${code}\n// edited\n`)).verdict, 'accepted');
    assert.equal(await compiles(), before + 2, 'an edit compiles again');
  });

  it('compiles the harness once into the build cache (with GCC its header precompiled too), and every solution compile links it', async () => {
    assert.equal((await run(solution('    long long add(int a, int b) { return (long long)b + a; }  // harness test'))).verdict, 'accepted');
    assert.equal((await run(solution('    long long add(int a, int b) { return (long long)a + b; }  // another edit'))).verdict, 'accepted');
    const calls = await compilerCalls();
    assert.equal(calls.filter((l) => l.includes('-c drills.cpp')).length, 1, calls.join('\n'));
    assert.equal(calls.filter((l) => l.includes('c++-header')).length, precompilesHeader(toolchain.version ?? '') ? 1 : 0, calls.join('\n'));
    const folders = await fs.readdir(path.join(cache, 'builds'));
    const harness = folders.find((f) => existsSync(path.join(cache, 'builds', f, 'drills.o')));
    assert.ok(harness, `no compiled harness among ${folders.join(', ')}`);
    if (precompilesHeader(toolchain.version ?? '')) assert.ok(existsSync(path.join(cache, 'builds', harness, 'drills.hpp.gch')));
    const solutions = calls.filter((l) => l.includes('driver.cpp'));
    assert.ok(solutions.length >= 2);
    const dir = path.join(cache, 'builds', harness);
    for (const l of solutions) assert.ok(l.includes(`-I ${dir} driver.cpp ${path.join(dir, 'drills.o')}`), l);
  });

  it('without a build cache, compiles the harness with the solution in the one compiler call', async () => {
    const wrapper = path.join(cache, 'cxx');
    const uncached = new Judge({ nodePath: process.execPath, toolchains: { configured: (r) => (r.id === 'cpp' ? wrapper : undefined) } });
    const before = (await compilerCalls()).length;
    const r = await uncached.run(add, { language: 'cpp', code: solution('    long long add(int a, int b) { return (long long)a + b; }  // no cache') }, { mode: 'submit', trusted: true });
    assert.deepEqual(verdicts(r), ['accepted', 'accepted', 'accepted']);
    const calls = (await compilerCalls()).slice(before);
    assert.equal(calls.length, 1, calls.join('\n'));
    assert.match(calls[0]!, / driver\.cpp drills\.cpp -o solution$/);
  });

  it('reports a wrong answer with what the solution printed', async () => {
    const r = await run(solution('    long long add(int a, int b) { cout << "adding " << a << endl; return a - b; }'));
    assert.equal(r.verdict, 'wrong-answer');
    assert.equal(r.cases[0]?.stdout, 'adding 1\n');
    assert.deepEqual(r.cases[0]?.actual, -1);
  });

  it('gives each case what it printed: nothing to a case that printed nothing, between two that did', async () => {
    const r = await run(solution('    long long add(int a, int b) { if (a != 0) { cout << "a=" << a; cerr << "b=" << b << endl; } return (long long)a + b; }'), add, 'submit');
    assert.deepEqual(verdicts(r), ['accepted', 'accepted', 'accepted']);
    assert.deepEqual(r.cases.map((c) => [c.stdout, c.stderr]), [['a=1', 'b=2\n'], ['a=2000000000', 'b=2000000000\n'], ['', '']]);
    const again = await run(solution('    long long add(int a, int b) { if (a != 2000000000) cout << "sum " << a + b; return (long long)a + b; }'), add, 'submit');
    assert.deepEqual(again.cases.map((c) => c.stdout), ['sum 3', '', 'sum 0']);
  });

  it('reports a compile error at the line of the person\'s file', async () => {
    const r = await run('class Solution {\npublic:\n    long long add(int a, int b) {\n        return a + ;\n    }\n};\n');
    assert.equal(r.verdict, 'compile-error');
    assert.equal(r.cases[0]?.line, 4);
    assert.match(r.cases[0]?.error ?? '', /line 4/);
  });

  it('says which method the judge calls when the name is wrong', async () => {
    const r = await run(solution('    long long plus(int a, int b) { return a + b; }'));
    assert.equal(r.verdict, 'compile-error');
    assert.match(r.cases[0]?.error ?? '', /add/);
    assert.match(r.cases[0]?.error ?? '', /class Solution/);
  });

  it('names the exception of a runtime error and says the line is not known', async () => {
    const r = await run(solution('    long long add(int a, int b) { vector<int> v; return v.at(a); }'));
    assert.equal(r.verdict, 'runtime-error');
    assert.match(r.cases[0]?.error ?? '', /std::out_of_range/);
    assert.match(r.cases[0]?.error ?? '', /line/);
  });

  it('names an exception thrown while the file\'s globals are set up, before any case, as a runtime error', async () => {
    const code = `static int limit = []() -> int { throw std::invalid_argument("no limit configured"); }();\n${solution('    long long add(int a, int b) { return (long long)a + b + limit; }')}`;
    const r = await run(code);
    assert.deepEqual(verdicts(r), ['runtime-error', 'runtime-error'], JSON.stringify(r.cases));
    assert.match(r.cases[0]?.error ?? '', /std::invalid_argument: no limit configured/);
    assert.match(r.cases[0]?.error ?? '', /initialiser of a global variable/);
    // Once cases run, an exception that escapes a thread still aborts, reported for its case.
    const thread = await run(solution('    long long add(int a, int b) { std::thread([] { throw std::runtime_error("in a thread"); }).join(); return (long long)a + b; }'));
    assert.equal(thread.cases[0]?.verdict, 'runtime-error');
    assert.match(thread.cases[0]?.error ?? '', /SIGABRT/);
  });

  it('names the signal of a crash (SIGSEGV, SIGFPE, SIGABRT) and runs the next case in a fresh process', async () => {
    const segv = await run(solution('    long long add(int a, int b) { int* volatile p = nullptr; return *p + a; }'));
    assert.deepEqual(verdicts(segv), ['runtime-error', 'runtime-error']);
    assert.match(segv.cases[0]?.error ?? '', /SIGSEGV/);
    assert.match(segv.cases[0]?.error ?? '', /without debug information/);
    const fpe = await run(solution('    long long add(int a, int b) { volatile int z = a - 1; if (b / z == 7) return 0; return (long long)a + b; }'));
    assert.deepEqual(verdicts(fpe), ['runtime-error', 'accepted'], 'the first case divides by zero, the second runs in a new process');
    assert.match(fpe.cases[0]?.error ?? '', /SIGFPE/);
    const abort = await run(solution('    long long add(int a, int b) { assert(a != 1); return (long long)a + b; }'));
    assert.equal(abort.cases[0]?.verdict, 'runtime-error');
    assert.match(abort.cases[0]?.error ?? '', /SIGABRT/);
  });

  it('reports a stack overflow from deep recursion as a crash', async () => {
    const r = await run(solution('    long long deep(long long n) { volatile char pad[512]; pad[0] = (char)n; return n == 0 ? 0 : deep(n - 1) + pad[0]; }\n    long long add(int a, int b) { return deep(1LL << 40); }'));
    assert.equal(r.cases[0]?.verdict, 'runtime-error');
    assert.match(r.cases[0]?.error ?? '', /SIGSEGV/);
  });

  it('stops an endless loop at the time limit', async () => {
    const r = await run(solution('    long long add(int a, int b) { volatile long long x = 0; while (true) x++; }'));
    assert.equal(r.cases[0]?.verdict, 'time-limit');
  });

  it('stops a solution that allocates past the memory limit', async () => {
    const r = await run(solution('    long long add(int a, int b) { vector<vector<char>> hog; while (true) hog.emplace_back(1 << 20, 1); }'));
    assert.equal(r.cases[0]?.verdict, 'memory-limit');
  });

  it('stops a solution that prints without end at the output limit', async () => {
    const r = await run(solution('    long long add(int a, int b) { while (true) cout << "again and again\\n"; }'));
    assert.equal(r.cases[0]?.verdict, 'output-limit');
  });

  it('runs a design class, with records, nullable values, maps and tuples', async () => {
    const lru = question(['kind: coding', 'signature:', '  class: Cache', '  constructor: "(capacity: int)"', '  methods: ["get(key: int) -> int", "put(key: int, value: int) -> void", "name() -> string?"]', 'tests:', '  - { name: ops, ops: [Cache, put, get, get, name], args: [[1], [1, 5], [1], [2], []], expected: [null, null, 5, -1, null] }'].join('\n'));
    const cls = 'class Cache {\n    unordered_map<int, int> m;\npublic:\n    Cache(int capacity) {}\n    int get(int key) { auto it = m.find(key); return it == m.end() ? -1 : it->second; }\n    void put(int key, int value) { m[key] = value; }\n    optional<string> name() const { return nullopt; }\n};\n';
    assert.equal((await run(cls, lru)).verdict, 'accepted');
    const tree = question(['kind: coding', 'signature:', '  function: "depth(root: Node?, tags: map<string, long>) -> list<tuple<string, int>>"', '  records:', '    Node: "{ val: int, left: Node?, right: Node? }"', 'tests:', '  - { name: tree, args: [{ val: 1, left: { val: 2, left: null, right: null }, right: null }, { a: 1 }], expected: [[a, 2]] }'].join('\n'));
    const depth = solution('    int d(Node* n) { return n ? 1 + max(d(n->left), d(n->right)) : 0; }\n    vector<tuple<string, int>> depth(Node* root, unordered_map<string, long long>& tags) { vector<tuple<string, int>> out; for (auto& [k, v] : tags) out.emplace_back(k, d(root) * (int)v); return out; }');
    const r = await run(depth, tree);
    assert.equal(r.verdict, 'accepted', JSON.stringify(r.cases));
  });

  it('returns a record the way the parent reads it (a linked list reversed, compared field by field)', async () => {
    const q = question(['kind: coding', 'signature:', '  function: "reverse(head: Item?) -> Item?"', '  records:', '    Item: "{ val: string, next: Item? }"', 'tests:', '  - { name: two, args: [{ val: a, next: { val: b, next: null } }], expected: { val: b, next: { val: a, next: null } } }', '  - { name: none, args: [null], expected: null }'].join('\n'));
    const code = solution('    Item* reverse(Item* head) { Item* prev = nullptr; while (head) { Item* n = head->next; head->next = prev; prev = head; head = n; } return prev; }');
    const r = await run(code, q);
    assert.equal(r.verdict, 'accepted', JSON.stringify(r.cases));
  });

  it('takes the person\'s own parameter types: map for unordered_map, long long for int, by value or reference', async () => {
    const q = question(['kind: coding', 'signature: "total(m: map<string, int>, xs: list<int>) -> int"', 'tests:', '  - { name: one, args: [{ a: 1, b: 2 }, [3]], expected: 6 }'].join('\n'));
    const code = solution('    long long total(const map<string, long long>& m, vector<long long> xs) { long long s = 0; for (auto& [k, v] : m) s += v; for (auto x : xs) s += x; return s; }');
    assert.equal((await run(code, q)).verdict, 'accepted');
  });

  it('says why it cannot take a drill: a script case, no signature', () => {
    const scripted = question(['kind: coding', 'signature: "f(x: int) -> int"', 'tests:', '  - name: probe', '    expected: 1', '    script:', '      python: "return f(1)"'].join('\n'));
    assert.match(String(cpp.supports(scripted)), /script case \("probe"\) written only for python, not C\+\+/);
    const untyped = question(['kind: coding', 'function: add', 'tests:', '  - { name: one, args: [1, 2], expected: 3 }'].join('\n'));
    assert.match(String(cpp.supports(untyped)), /no typed signature/);
    assert.equal(cpp.supports(add), true);
  });

  // A json argument as the judge sends it: keys in the file's order, an int past 2^53 (an int tag),
  // a whole float past 64 bits (1e20, a float tag), a fraction, null, a bool, nested lists and maps.
  const doc = '{ user: { id: 7, name: ann, admin: false, tags: [a, b] }, score: 2.5, big: 9007199254740993, huge: 1e20, note: null, zeta: 1, alpha: 2 }';
  const shape = question([
    'kind: coding',
    'signature: "shape(doc: json, extra: json) -> json"',
    'tests:',
    `  - name: nested`,
    `    args: [${doc}, [1, 2.5, x]]`,
    '    expected:',
    '      keys: [user, score, big, huge, note, zeta, alpha]',
    '      kinds: { user: object, score: float, big: int, huge: float, note: "null", zeta: int, alpha: int }',
    '      name: ann',
    '      admin: false',
    '      tags: [b, a]',
    '      next: 9007199254740994',
    '      doubled: 5.0',
    '      half: 5.0e+19',
    '      missing: null',
    '      extra: [1, 2.5, x, true, null, { k: [3.0] }]',
    '      same: [true, false, true]',
  ].join('\n'));
  const shapeSolution = (keysOf: string): string => [
    'class Solution {',
    '    static string kindOf(const Json& v) {',
    '        if (v.is_null()) return "null";',
    '        if (v.is_bool()) return "bool";',
    '        if (v.is_int()) return "int";',
    '        if (v.is_float()) return "float";',
    '        if (v.is_string()) return "string";',
    '        return v.is_array() ? "array" : "object";',
    '    }',
    'public:',
    '    Json shape(Json& doc, Json& extra) {',
    '        Json out = Json::object();',
    keysOf,
    '        for (auto& [k, v] : doc.items()) out["kinds"][k] = kindOf(v);',
    '        const Json& user = doc.at("user");',
    '        out["name"] = user.at("name").as_string();',
    '        out["admin"] = user["admin"].as_bool();',
    '        for (std::size_t i = user["tags"].size(); i-- > 0;) out["tags"].push_back(user["tags"][i]);',
    '        out["next"] = doc["big"].as_int() + 1;',
    '        out["doubled"] = doc["score"].as_double() * 2;',
    '        out["half"] = doc["huge"].as_double() / 2;',
    '        out["missing"] = doc.at("nothing").at("deeper");',
    '        Json more = extra;',
    '        more.push_back(true);',
    '        more.push_back(nullptr);',
    '        more.push_back(Json::object({{"k", Json::array({3.0})}}));',
    '        out["extra"] = more;',
    '        out["same"] = Json::array({doc["zeta"] == Json(1.0), doc["zeta"] == doc["alpha"], Json::object({{"a", 1}, {"b", "x"}}) == Json::object({{"b", "x"}, {"a", 1}})});',
    '        return out;',
    '    }',
    '};',
    '',
  ].join('\n');

  it('takes and returns json values as Json: nested objects in their key order, exact ints, floats, null', async () => {
    const keysInOrder = '        for (auto& [k, v] : doc.items()) out["keys"].push_back(k);';
    const r = await run(shapeSolution(keysInOrder), shape);
    assert.equal(r.verdict, 'accepted', valueText(r.cases));
    // A plausible slip: the keys through a std::map come out sorted, not in the order the drill gave them.
    const sorted = '        map<string, Json> byKey(doc.items().begin(), doc.items().end());\n        for (auto& [k, v] : byKey) out["keys"].push_back(k);';
    const wrong = await run(shapeSolution(sorted), shape);
    assert.equal(wrong.verdict, 'wrong-answer');
    assert.deepEqual((wrong.cases[0]?.actual as { keys: string[] }).keys, ['alpha', 'big', 'huge', 'note', 'score', 'user', 'zeta']);
  });

  it('refuses a json integer beyond 64 bits as input that does not fit, naming it, rather than rounding it', async () => {
    const q = question(['kind: coding', 'signature: "shape(doc: json, extra: json) -> json"', 'tests:', '  - { name: too big, args: [{ n: 18446744073709551616 }, []], expected: 0 }'].join('\n'));
    const r = await run(solution('    Json shape(Json& doc, Json& extra) { return doc["n"]; }'), q);
    assert.equal(r.cases[0]?.verdict, 'runtime-error');
    assert.match(r.cases[0]?.error ?? '', /input does not fit your code: the integer 18446744073709551616 does not fit Json's int \(64 bits/);
  });

  it('names Json::type_error when a solution reads a value as what it is not', async () => {
    const q = question(['kind: coding', 'signature: "shape(doc: json, extra: json) -> json"', 'tests:', '  - { name: string exp, args: [{ exp: "900" }, []], expected: 900 }'].join('\n'));
    const r = await run(solution('    Json shape(Json& doc, Json& extra) { return doc.at("exp").as_int(); }'), q);
    assert.equal(r.cases[0]?.verdict, 'runtime-error');
    assert.match(r.cases[0]?.error ?? '', /^Runtime error: Json::type_error: Json as_int\(\) needs an int .*this value is a string/);
  });

  it('sends a whole double as a float even when its text has an exponent: 1e16 where long is declared is wrong', async () => {
    const q = question(['kind: coding', 'signature: "big() -> long"', 'tests:', '  - { name: one, args: [], expected: 10000000000000000 }'].join('\n'));
    const r = await run(solution('    double big() { return 1e16; }'), q);
    assert.equal(r.verdict, 'wrong-answer');
    assert.match(r.cases[0]?.error ?? '', /returned the float 1e\+16 where long is declared/);
  });

  it('solves a built-in json drill (abac-policy) on Submit, hidden cases too', async () => {
    const file = (await findQuestionFiles(path.resolve('questions'))).find((f) => path.basename(f) === 'abac-policy.yaml')!;
    const q = (await loadQuestionFile(file, 'builtin')).question!;
    assert.equal(cpp.supports(q), true);
    const code = [
      'class Solution {',
      '    // The attribute at "scope.key", or nullptr when it is missing (a null attribute is there).',
      '    static const Json* resolve(const AccessRequest& r, const string& path) {',
      '        size_t dot = path.find(\'.\');',
      '        if (dot == string::npos) return nullptr;',
      '        string scope = path.substr(0, dot), key = path.substr(dot + 1);',
      '        const unordered_map<string, Json>* part = scope == "subject" ? &r.subject : scope == "resource" ? &r.resource : scope == "env" ? &r.env : nullptr;',
      '        if (!part) return nullptr;',
      '        auto it = part->find(key);',
      '        return it == part->end() ? nullptr : &it->second;',
      '    }',
      '    // Same kind and value: 1 and true differ, as do "1" and 1.',
      '    static bool same(const Json& a, const Json& b) { return a.kind() == b.kind() && a == b; }',
      '    static bool holds(const Condition& c, const AccessRequest& r) {',
      '        const Json* a = resolve(r, c.attr);',
      '        if (!a) return false;',
      '        if (c.op == "equals") return same(*a, c.value);',
      '        if (c.op == "in") { if (!c.value.is_array()) return false; for (const Json& x : c.value) if (same(*a, x)) return true; return false; }',
      '        if (c.op == "gte") return a->is_number() && c.value.is_number() && a->as_double() >= c.value.as_double();',
      '        if (c.op == "lte") return a->is_number() && c.value.is_number() && a->as_double() <= c.value.as_double();',
      '        if (c.op == "sameAs") { if (!c.value.is_string()) return false; const Json* b = resolve(r, c.value.as_string()); return b && same(*a, *b); }',
      '        return false;',
      '    }',
      '    static bool applies(const Rule& rule, const AccessRequest& r) {',
      '        bool named = false;',
      '        for (auto& a : rule.actions) named = named || a == "*" || a == r.action;',
      '        if (!named) return false;',
      '        for (auto& c : rule.when) if (!holds(c, r)) return false;',
      '        return true;',
      '    }',
      'public:',
      '    string decide(vector<Rule>& policy, AccessRequest& request) {',
      '        bool allow = false;',
      '        for (auto& rule : policy) {',
      '            if (!applies(rule, request)) continue;',
      '            if (rule.effect == "deny") return "deny";',
      '            allow = allow || rule.effect == "allow";',
      '        }',
      '        return allow ? "allow" : "deny";',
      '    }',
      '};',
      '',
    ].join('\n');
    const r = await run(code, q, 'submit');
    assert.ok(r.cases.some((c) => c.hidden), 'the hidden cases ran');
    assert.equal(r.cases.length, q.tests.length);
    assert.equal(r.verdict, 'accepted', JSON.stringify(r.cases.filter((c) => c.verdict !== 'accepted')));
  });

  it('says what to install or set when the compiler is missing', async () => {
    const missing = new Judge({ nodePath: process.execPath, toolchains: { configured: () => '/nonexistent/g++', settingName: () => 'DRILLS_CPP' } });
    await assert.rejects(missing.toolchain(cpp), /"\/nonexistent\/g\+\+" \(DRILLS_CPP\).*g\+\+ or clang\+\+/);
  });

  it('compiles the starter of every function and class drill in the bank it supports', async function () {
    this.timeout(1_800_000);
    const files = await findQuestionFiles(path.resolve('questions'));
    const drills: Question[] = [];
    for (const f of files) {
      const q = (await loadQuestionFile(f, 'builtin')).question;
      if (q && q.kind === 'coding' && cpp.supports(q) === true) drills.push(q);
    }
    assert.ok(drills.length >= 60, `only ${drills.length} drills`);
    const dir = path.join(cache, 'starters');
    await fs.mkdir(dir);
    await fs.writeFile(path.join(dir, 'drills.hpp'), cppHarness);
    // g++ reads the harness's headers once from a precompiled header beside it (other compilers ignore it).
    await new Promise<void>((resolve) => execFile(toolchain.command, [...CPP_FLAGS, '-x', 'c++-header', 'drills.hpp', '-o', 'drills.hpp.gch'], { cwd: dir }, () => resolve()));
    // Full semantic checks (every template the glue instantiates), without code generation: two at a time.
    const failures: string[] = [];
    const queue = [...drills];
    const worker = async (): Promise<void> => {
      for (let q = queue.shift(); q; q = queue.shift()) {
        const d = path.join(dir, q.id);
        await fs.mkdir(d);
        await fs.writeFile(path.join(d, 'solution.cpp'), cpp.starter(q));
        await fs.writeFile(path.join(d, 'driver.cpp'), cppDriver(q.signature!));
        const err = await new Promise<string | undefined>((resolve) => execFile(toolchain.command, [...CPP_FLAGS, '-I', dir, '-fsyntax-only', 'driver.cpp'], { cwd: d }, (e, _o, stderr) => resolve(e ? stderr || e.message : undefined)));
        if (err) failures.push(`${q.id}: ${err.split('\n').find((l) => l.includes('error')) ?? err}`);
      }
    };
    await Promise.all([worker(), worker()]);
    assert.deepEqual(failures, []);
  });
});
