import * as assert from 'node:assert/strict';
import { errorLine } from '../../../src/core/judge/sql';
import { MAX_ROWS } from '../../../src/core/runtimes/sql';
import type { RunResult } from '../../../src/core/model';
import { makeJudge, question } from './helpers';

const judge = makeJudge();
const schema = [
  'kind: sql',
  'limits: { timeMs: 800 }',
  'schema: |',
  '  CREATE TABLE team (id INTEGER PRIMARY KEY, name TEXT NOT NULL);',
  '  CREATE TABLE member (id INTEGER PRIMARY KEY, team_id INTEGER NOT NULL REFERENCES team(id));',
  "  INSERT INTO team VALUES (1, 'core'), (2, 'infra');",
];

function sqlQuestion(...tests: string[]) {
  return question([...schema, 'tests:', ...tests].join('\n'));
}
function run(q: ReturnType<typeof question>, code: string, opts: { signal?: AbortSignal; onCase?: (r: RunResult['cases'][number]) => void } = {}): Promise<RunResult> {
  return judge.run(q, { language: 'sql', code }, { mode: 'submit', trusted: true, ...opts });
}

describe('judge: SQL limits and error reporting', function () {
  this.timeout(20_000);

  it('stops a query that returns too many rows with output-limit', async () => {
    const sql = `WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < ${MAX_ROWS + 5}) SELECT x FROM n`;
    // A generous time limit: the row cap must stop the query, however slow the machine is today.
    const flood = question([...schema.map((l) => (l.startsWith('limits:') ? 'limits: { timeMs: 15000 }' : l)), 'tests:', '  - { name: flood, expected: [[1]] }'].join('\n'));
    const [r] = (await run(flood, sql)).cases;
    assert.equal(r?.verdict, 'output-limit');
    assert.match(r?.error ?? '', /more than 10000 rows/);
  });

  it('says how many columns were expected when the shape is wrong', async () => {
    const [r] = (await run(sqlQuestion('  - { name: ids, expected: [[1], [2]] }'), 'SELECT id, name FROM team')).cases;
    assert.equal(r?.verdict, 'wrong-answer');
    assert.equal(r?.error, 'expected 1 column(s), got 2 (id, name)');
    assert.deepEqual(r?.actual, [[1, 'core'], [2, 'infra']]);
  });

  it('turns foreign keys on in every fresh database', async () => {
    const q = sqlQuestion("  - { name: orphan member, statement: 'INSERT INTO member VALUES (1, 99)', expect: fail }", "  - { name: real team, statement: 'INSERT INTO member VALUES (1, 2)', expect: succeed }");
    const rs = await run(q, '');
    assert.deepEqual(rs.cases.map((r) => r.verdict), ['accepted', 'accepted']);
  });

  it('tells a runtime error from a syntax error, and points a syntax error at its line', async () => {
    const q = sqlQuestion('  - { name: rows, expected: [[1]] }');
    const [missing] = (await run(q, 'SELECT nickname FROM team')).cases;
    assert.equal(missing?.verdict, 'runtime-error');
    assert.match(missing?.error ?? '', /no such column: nickname/);
    const [typo] = (await run(q, 'SELECT id\nFORM team\nORDER BY id')).cases;
    assert.equal(typo?.verdict, 'compile-error');
    assert.equal(typo?.line, 2);
    assert.match(typo?.error ?? '', /\(line 2\)/);
  });

  it('finds the line for "near" and "incomplete input" messages', () => {
    assert.equal(errorLine('SELECT a\nFROM t WHERE x = 1 FORM\n', 'near "FORM": syntax error'), 2);
    assert.equal(errorLine('SELECT a\nFROM t\nWHERE\n\n', 'incomplete input'), 3);
    assert.equal(errorLine('SELECT 1', 'no such table: t'), undefined);
  });

  it('stops a query that never ends at the time limit and goes on with the next case', async () => {
    const forever = 'WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n WHERE x < 0';
    const q = sqlQuestion('  - { name: a, expected: [[1]] }', "  - { name: b, setup: 'SELECT 1', expected: [[1]] }");
    const rs = await run(q, forever);
    assert.deepEqual(rs.cases.map((r) => r.verdict), ['time-limit', 'time-limit']);
  });

  it('stops at once when cancelled and marks every case incomplete', async () => {
    const forever = 'WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n WHERE x < 0';
    const q = question([...schema.map((l) => l.replace('timeMs: 800', 'timeMs: 20000')), 'tests:', '  - { name: a, expected: [[1]] }', '  - { name: b, expected: [[1]] }'].join('\n'));
    const controller = new AbortController();
    const seen: string[] = [];
    setTimeout(() => controller.abort(), 300);
    const started = Date.now();
    const rs = await run(q, forever, { signal: controller.signal, onCase: (r) => seen.push(r.name) });
    assert.ok(Date.now() - started < 3000, `took ${Date.now() - started} ms`);
    assert.deepEqual(rs.cases.map((r) => r.verdict), ['incomplete', 'incomplete']);
    assert.deepEqual(rs.cases.map((r) => r.error), ['cancelled', 'cancelled']);
  });

  it('reports each case as it finishes and fills every field', async () => {
    const seen: string[] = [];
    const q = sqlQuestion("  - { name: unordered, expected: [['core'], ['infra']] }", "  - { name: ordered, expected: [['core'], ['infra']], ordered: true }");
    const rs = await run(q, 'SELECT name FROM team ORDER BY id DESC', { onCase: (r) => seen.push(`${r.name}:${r.verdict}`) });
    assert.deepEqual(seen, ['unordered:accepted', 'ordered:wrong-answer']);
    const [, ordered] = rs.cases;
    assert.deepEqual(ordered?.expected, [['core'], ['infra']]);
    assert.deepEqual(ordered?.actual, [['infra'], ['core']]);
    assert.equal(ordered?.stdout, '');
    assert.equal(typeof ordered?.timeMs, 'number');
  });
});
