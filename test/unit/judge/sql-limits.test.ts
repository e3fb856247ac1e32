import * as assert from 'node:assert/strict';
import { errorLine, MAX_ROWS, runSql } from '../../../src/core/judge/sql';
import type { SqlQueryCase, SqlStatementCase } from '../../../src/core/model';
import { question } from './helpers';

const q = question(
  [
    'kind: sql',
    'limits: { timeMs: 800 }',
    'schema: |',
    '  CREATE TABLE team (id INTEGER PRIMARY KEY, name TEXT NOT NULL);',
    '  CREATE TABLE member (id INTEGER PRIMARY KEY, team_id INTEGER NOT NULL REFERENCES team(id));',
    "  INSERT INTO team VALUES (1, 'core'), (2, 'infra');",
    'tests:',
    '  - { expected: [[1]] }',
  ].join('\n'),
);

function query(name: string, expected: unknown[][], ordered = false): SqlQueryCase {
  return { type: 'sql-query', name, setup: '', query: '', expected, ordered, hidden: false };
}
function statement(name: string, sql: string, expect: 'succeed' | 'fail'): SqlStatementCase {
  return { type: 'sql-statement', name, setup: '', statement: sql, expect, hidden: false };
}

describe('judge: SQL limits and error reporting (runSql directly)', function () {
  this.timeout(20_000);

  it('stops a query that returns too many rows with output-limit', async () => {
    const sql = `WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < ${MAX_ROWS + 5}) SELECT x FROM n`;
    const [r] = await runSql(q, sql, [query('flood', [[1]])]);
    assert.equal(r?.verdict, 'output-limit');
    assert.match(r?.error ?? '', /more than 10000 rows/);
  });

  it('says how many columns were expected when the shape is wrong', async () => {
    const [r] = await runSql(q, 'SELECT id, name FROM team', [query('ids', [[1], [2]])]);
    assert.equal(r?.verdict, 'wrong-answer');
    assert.equal(r?.error, 'expected 1 column(s), got 2 (id, name)');
    assert.deepEqual(r?.actual, [[1, 'core'], [2, 'infra']]);
  });

  it('turns foreign keys on in every fresh database', async () => {
    const rs = await runSql(q, '', [
      statement('orphan member', 'INSERT INTO member VALUES (1, 99)', 'fail'),
      statement('real team', 'INSERT INTO member VALUES (1, 2)', 'succeed'),
    ]);
    assert.deepEqual(rs.map((r) => r.verdict), ['accepted', 'accepted']);
  });

  it('tells a runtime error from a syntax error, and points a syntax error at its line', async () => {
    const [missing] = await runSql(q, 'SELECT nickname FROM team', [query('rows', [[1]])]);
    assert.equal(missing?.verdict, 'runtime-error');
    assert.match(missing?.error ?? '', /no such column: nickname/);
    const [typo] = await runSql(q, 'SELECT id\nFORM team\nORDER BY id', [query('rows', [[1]])]);
    assert.equal(typo?.verdict, 'compile-error');
    assert.equal(typo?.line, 2);
    assert.match(typo?.error ?? '', /\(line 2\)/);
  });

  it('finds the line for "near" and "incomplete input" messages', () => {
    assert.equal(errorLine('SELECT a\nFROM t WHERE x = 1 FORM\n', 'near "FORM": syntax error'), 2);
    assert.equal(errorLine('SELECT a\nFROM t\nWHERE\n\n', 'incomplete input'), 3);
    assert.equal(errorLine('SELECT 1', 'no such table: t'), undefined);
  });

  it('stops at once when cancelled and marks every case incomplete', async () => {
    const forever = 'WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n WHERE x < 0';
    const controller = new AbortController();
    const seen: string[] = [];
    setTimeout(() => controller.abort(), 200);
    const started = Date.now();
    const rs = await runSql(q, forever, [query('a', [[1]]), query('b', [[1]])], { signal: controller.signal, onCase: (r) => seen.push(r.name) });
    assert.ok(Date.now() - started < 700, `took ${Date.now() - started} ms`);
    assert.deepEqual(rs.map((r) => r.verdict), ['incomplete', 'incomplete']);
    assert.deepEqual(seen, []);
  });

  it('reports each case as it finishes and fills every field', async () => {
    const seen: string[] = [];
    const rs = await runSql(q, 'SELECT name FROM team ORDER BY id DESC', [query('unordered', [['core'], ['infra']]), query('ordered', [['core'], ['infra']], true)], {
      onCase: (r) => seen.push(`${r.name}:${r.verdict}`),
    });
    assert.deepEqual(seen, ['unordered:accepted', 'ordered:wrong-answer']);
    const [, ordered] = rs;
    assert.deepEqual(ordered?.expected, [['core'], ['infra']]);
    assert.deepEqual(ordered?.actual, [['infra'], ['core']]);
    assert.equal(ordered?.stdout, '');
    assert.equal(typeof ordered?.timeMs, 'number');
  });
});
