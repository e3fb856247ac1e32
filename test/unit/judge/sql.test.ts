import * as assert from 'node:assert/strict';
import { question, makeJudge } from './helpers';

const judge = makeJudge();
const schema = [
  'kind: sql',
  'schema: |',
  '  CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE);',
  "  INSERT INTO t VALUES (1, 'a'), (2, 'b');",
].join('\n');

describe('judge: SQL on the embedded engine', () => {
  it('accepts a query with the right rows, in any order unless ordered', async () => {
    const q = question([schema, 'tests:', '  - { name: any order, expected: [[2, b], [1, a]] }', '  - { name: in order, ordered: true, expected: [[1, a], [2, b]] }'].join('\n'));
    const r = await judge.run(q, { language: 'sql', code: 'SELECT id, v FROM t ORDER BY id;' }, { mode: 'run', trusted: true });
    assert.equal(r.verdict, 'accepted');
  });

  it('reports a wrong result set with expected and actual rows', async () => {
    const q = question([schema, 'tests:', '  - { name: rows, expected: [[1, a]] }'].join('\n'));
    const r = await judge.run(q, { language: 'sql', code: 'SELECT id, v FROM t;' }, { mode: 'run', trusted: true });
    assert.equal(r.verdict, 'wrong-answer');
    assert.deepEqual(r.cases[0]?.actual, [[1, 'a'], [2, 'b']]);
    const order = question([schema, 'tests:', '  - { name: order, ordered: true, expected: [[2], [1]] }'].join('\n'));
    assert.equal((await judge.run(order, { language: 'sql', code: 'SELECT id FROM t ORDER BY id;' }, { mode: 'run', trusted: true })).verdict, 'wrong-answer');
  });

  it('gives every case a fresh database with its own setup', async () => {
    const q = question([schema, 'tests:', "  - { name: one, setup: \"INSERT INTO t VALUES (3, 'c');\", expected: [[3]] }", '  - { name: two, expected: [[2]] }'].join('\n'));
    const r = await judge.run(q, { language: 'sql', code: 'SELECT COUNT(*) FROM t;' }, { mode: 'run', trusted: true });
    assert.deepEqual(r.cases.map((c) => c.verdict), ['accepted', 'accepted']);
  });

  it('judges schema designs by statements that must fail or succeed', async () => {
    const q = question([
      'kind: sql',
      'tests:',
      "  - { name: unique, setup: \"INSERT INTO u VALUES (1, 'x');\", statement: \"INSERT INTO u VALUES (2, 'x');\", expect: fail }",
      "  - { name: fine, statement: \"INSERT INTO u VALUES (1, 'y');\", expect: succeed }",
      '  - { name: rows, setup: "INSERT INTO u VALUES (5, \'z\');", query: "SELECT id FROM u", expected: [[5]] }',
    ].join('\n'));
    const good = await judge.run(q, { language: 'sql', code: 'CREATE TABLE u (id INTEGER PRIMARY KEY, email TEXT UNIQUE);' }, { mode: 'run', trusted: true });
    assert.equal(good.verdict, 'accepted');
    const weak = await judge.run(q, { language: 'sql', code: 'CREATE TABLE u (id INTEGER PRIMARY KEY, email TEXT);' }, { mode: 'run', trusted: true });
    assert.deepEqual(weak.cases.map((c) => c.verdict), ['wrong-answer', 'accepted', 'accepted']);
    assert.match(weak.cases[0]?.error ?? '', /expected this statement to be rejected by a constraint/);
  });

  it('reads a query plan back into query_plan, so a case judges how SQLite runs a query rather than how an index is spelled', async () => {
    const plan = "SELECT b FROM w WHERE a = 1 AND c > 2";
    const q = question([
      'kind: sql',
      'schema: "CREATE TABLE w (a INTEGER, b INTEGER, c INTEGER);"',
      'tests:',
      `  - { name: covering, plan: "${plan}", query: "SELECT COUNT(*) FROM query_plan WHERE detail LIKE 'SEARCH w USING COVERING INDEX %(a=? AND c>?)%'", expected: [[1]] }`,
    ].join('\n'));
    const run = (ddl: string) => judge.run(q, { language: 'sql', code: ddl }, { mode: 'run', trusted: true });
    // Two spellings of a covering index are both accepted; a non-covering one and no index are not.
    assert.equal((await run('CREATE INDEX i ON w (a, c, b);')).verdict, 'accepted');
    assert.equal((await run('CREATE INDEX other_name ON w (a, c, b DESC);')).verdict, 'accepted');
    assert.equal((await run('CREATE INDEX i ON w (a, c);')).verdict, 'wrong-answer');
    const none = await run('');
    assert.equal(none.verdict, 'wrong-answer');
    assert.deepEqual(none.cases[0]?.actual, [[0]]);
  });

  describe('decomposition drills (relation)', () => {
    const decomposition = (cases: string[]) =>
      question(['kind: sql', 'relation: { name: flat, columns: [emp, dept, city] }', 'tests:', ...cases].join('\n'));
    const rows = "INSERT INTO flat VALUES ('ann', 'ops', 'oslo'), ('bob', 'ops', 'oslo'), ('cy', 'dev', 'oslo');";
    const q = decomposition([
      `  - { name: lossless, setup: "${rows}", query: "SELECT (SELECT COUNT(*) FROM (SELECT * FROM rejoined EXCEPT SELECT * FROM flat)) + (SELECT COUNT(*) FROM (SELECT * FROM flat EXCEPT SELECT * FROM rejoined))", expected: [[0]] }`,
      `  - { name: dept fd enforced, setup: "${rows}", statement: "INSERT INTO flat VALUES ('dee', 'ops', 'rome');", expect: fail }`,
      `  - { name: stored once, setup: "${rows}", query: "SELECT MAX(n) FROM stored_rows WHERE table_name IN (SELECT table_name FROM stored_columns WHERE column_name = 'city')", expected: [[2]] }`,
    ]);
    const run = (ddl: string) => judge.run(q, { language: 'sql', code: ddl }, { mode: 'run', trusted: true });

    it('projects loaded rows onto the person\'s tables, whatever they are called, and rejoins them', async () => {
      const good = await run('CREATE TABLE staff (emp TEXT PRIMARY KEY, dept TEXT NOT NULL REFERENCES depts(dept)); CREATE TABLE depts (dept TEXT PRIMARY KEY, city TEXT NOT NULL);');
      assert.deepEqual(good.cases.map((c) => c.verdict), ['accepted', 'accepted', 'accepted']);
    });

    it('catches a lossy split, a dependency no key enforces, and a fact stored many times', async () => {
      // Splitting on city (not a key) rejoins every ops employee with every department in Oslo.
      const lossy = await run('CREATE TABLE a (emp TEXT PRIMARY KEY, city TEXT); CREATE TABLE b (dept TEXT, city TEXT, PRIMARY KEY (dept, city));');
      assert.equal(lossy.cases[0]?.verdict, 'wrong-answer');
      const flat = await run('CREATE TABLE everything (emp TEXT PRIMARY KEY, dept TEXT, city TEXT);');
      assert.deepEqual(flat.cases.map((c) => c.verdict), ['accepted', 'wrong-answer', 'wrong-answer']);
    });

    it('explains a table that is not a projection of the relation, or a column no table keeps', async () => {
      const surrogate = await run('CREATE TABLE staff (id INTEGER PRIMARY KEY, emp TEXT, dept TEXT, city TEXT);');
      assert.match(surrogate.cases[0]?.error ?? '', /table staff has id, which flat does not/);
      const lost = await run('CREATE TABLE staff (emp TEXT PRIMARY KEY, dept TEXT);');
      assert.match(lost.cases[0]?.error ?? '', /no table keeps city/);
      const overKeyed = await run('CREATE TABLE staff (emp TEXT PRIMARY KEY, dept TEXT NOT NULL UNIQUE, city TEXT);');
      assert.equal(overKeyed.cases[0]?.verdict, 'wrong-answer');
      assert.match(overKeyed.cases[0]?.error ?? '', /your tables refused this case's rows, which break none of the stated rules: UNIQUE constraint failed/);
    });
  });

  it('reports a syntax error as a compile error', async () => {
    const q = question([schema, 'tests:', '  - { name: rows, expected: [[1]] }'].join('\n'));
    const r = await judge.run(q, { language: 'sql', code: 'SELEC id FROM t;' }, { mode: 'run', trusted: true });
    assert.equal(r.verdict, 'compile-error');
    assert.match(r.cases[0]?.error ?? '', /syntax error/);
  });

  it('stops a query that never ends at the time limit', async () => {
    const q = question([schema, 'limits: { timeMs: 500 }', 'tests:', '  - { name: forever, expected: [[1]] }', '  - { name: next, expected: [[1]] }'].join('\n'));
    const started = Date.now();
    const r = await judge.run(q, { language: 'sql', code: 'WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n WHERE x < 0;' }, { mode: 'run', trusted: true });
    assert.deepEqual(r.cases.map((c) => c.verdict), ['time-limit', 'time-limit']);
    assert.ok(Date.now() - started < 4000);
  });

  it('gives every case a fresh database, including anything ATTACHed: rows never carry over', async () => {
    const attach = "ATTACH 'side.db' AS side; CREATE TABLE IF NOT EXISTS side.log (v INTEGER); INSERT INTO side.log VALUES (1); VACUUM INTO 'copy.db'; SELECT COUNT(*) FROM side.log;";
    const q = question([schema, 'tests:', '  - { name: first, expected: [[1]] }', '  - { name: second, expected: [[1]] }', '  - { name: third, expected: [[1]] }'].join('\n'));
    const r = await judge.run(q, { language: 'sql', code: attach }, { mode: 'run', trusted: true });
    assert.deepEqual(r.cases.map((c) => c.verdict), ['accepted', 'accepted', 'accepted'], JSON.stringify(r.cases.map((c) => c.actual)));
    const probe = "ATTACH 'copy.db' AS c; SELECT COUNT(*) FROM c.sqlite_master;";
    const left = question([schema, 'tests:', '  - { name: left over, expected: [[0]] }'].join('\n'));
    const before = question([schema, 'tests:', '  - { name: write, expected: [[1]] }', '  - { name: look, expected: [[1]] }'].join('\n'));
    const both = await judge.run(before, { language: 'sql', code: "ATTACH 'copy.db' AS c; CREATE TABLE IF NOT EXISTS c.t (v); INSERT INTO c.t VALUES (1); SELECT COUNT(*) FROM c.t;" }, { mode: 'run', trusted: true });
    assert.deepEqual(both.cases.map((c) => c.actual), [[[1]], [[1]]], 'a file written in one case is gone in the next');
    assert.equal((await judge.run(left, { language: 'sql', code: probe }, { mode: 'run', trusted: true })).verdict, 'accepted');
  });

  it('holds a blob-building query to the question\'s memory limit, in a child: the judge does not grow', async function () {
    this.timeout(30_000);
    const q = question([schema, 'limits: { timeMs: 15000, memoryMb: 128 }', 'tests:', '  - { name: blob, expected: [[1]] }'].join('\n'));
    const before = process.memoryUsage().rss;
    const blob = 'WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 900) SELECT length(group_concat(randomblob(1000000))) FROM n;';
    const r = await judge.run(q, { language: 'sql', code: blob }, { mode: 'run', trusted: true });
    assert.equal(r.cases[0]?.verdict, 'memory-limit', r.cases[0]?.error);
    const grew = (process.memoryUsage().rss - before) / 1024 / 1024;
    assert.ok(grew < 100, `the judge grew by ${grew.toFixed(0)} MB`);
  });
});
