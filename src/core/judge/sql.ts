// SQL verdicts, decided in the parent from the rows (or the error) the SQL harness reported.
import type { CaseResult, SqlQueryCase, SqlStatementCase } from '../model';
import { deepEqual } from './compare';
import type { ResultRecord } from './session';

export type SqlCase = SqlQueryCase | SqlStatementCase;

function normalise(v: unknown): unknown {
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v;
}

function canonicalRow(row: readonly unknown[]): string {
  return JSON.stringify(row.map((v) => (typeof v === 'number' ? Math.round(v * 1e6) / 1e6 : normalise(v))));
}

function rowsEqual(expected: readonly (readonly unknown[])[], actual: readonly (readonly unknown[])[], ordered: boolean): boolean {
  if (expected.length !== actual.length) return false;
  if (ordered) return expected.every((r, i) => deepEqual(actual[i]?.map(normalise), r.map(normalise), 1e-6));
  const a = actual.map(canonicalRow).sort();
  const e = expected.map(canonicalRow).sort();
  return a.every((x, i) => x === e[i]);
}

type Base = Pick<CaseResult, 'name' | 'hidden' | 'timeMs' | 'stdout' | 'stderr'>;

/** The verdict of a SQL case from what the harness reported. */
export function sqlVerdict(t: SqlCase, r: ResultRecord, person: string, base: Base, decomposition = false): CaseResult {
  const fail = (verdict: CaseResult['verdict'], error: string, line?: number): CaseResult => ({ ...base, verdict, error, ...(line ? { line } : {}) });
  if (!r.ok) {
    const error = r.error ?? 'failed';
    if (r.memory) return fail('memory-limit', `the query ran out of memory: ${error}`);
    if (r.stage === 'rows') return fail('output-limit', `the query returned ${error}`);
    if (t.type === 'sql-statement' && r.stage === 'check') return t.expect === 'fail' ? { ...base, verdict: 'accepted' } : fail('wrong-answer', `expected this statement to succeed, but SQLite said: ${error} (${t.statement.trim()})`);
    if (r.stage === 'person') {
      const syntax = /syntax error|incomplete input|unrecognized token/i.test(error);
      const line = syntax ? errorLine(person, error) : undefined;
      return fail(syntax ? 'compile-error' : 'runtime-error', `your SQL failed: ${error}${line ? ` (line ${line})` : ''}`, line);
    }
    if (r.stage === 'check') return fail('wrong-answer', `the check failed against your schema: ${error}`);
    if (r.stage === 'shape') return fail('wrong-answer', `your tables do not decompose the relation: ${error}`);
    // In a decomposition drill the case's rows are loaded into the person's tables: refusing legal rows is their schema's doing.
    if (r.stage === 'setup' && decomposition) return fail('wrong-answer', `your tables refused this case's rows, which break none of the stated rules: ${error}`);
    return fail('runtime-error', `the question's ${r.stage ?? 'setup'} failed: ${error}`);
  }
  if (t.type === 'sql-statement') return t.expect === 'succeed' ? { ...base, verdict: 'accepted' } : fail('wrong-answer', `expected this statement to be rejected by a constraint, but it succeeded: ${t.statement.trim()}`);
  const rows = r.rows ?? [];
  const columns = r.columns ?? [];
  const expected = t.expected;
  const width = expected[0]?.length;
  const shown = { ...base, verdict: 'accepted' as const, ...(t.hidden ? {} : { expected }), actual: rows };
  if (width !== undefined && columns.length !== width && rows.length > 0) return { ...shown, verdict: 'wrong-answer', error: `expected ${width} column(s), got ${columns.length} (${columns.join(', ')})` };
  return rowsEqual(expected, rows, t.ordered) ? shown : { ...shown, verdict: 'wrong-answer', error: t.ordered ? 'rows differ (order matters for this case)' : 'rows differ' };
}

/**
 * SQLite names the token it stopped at ("near \"FORM\": syntax error") but not a line: the line is
 * where that token first appears in the person's SQL, or the last line for input that ends too soon.
 */
export function errorLine(sql: string, error: string): number | undefined {
  const lines = sql.split('\n');
  if (/incomplete input/i.test(error)) {
    for (let i = lines.length - 1; i >= 0; i--) if ((lines[i] ?? '').trim()) return i + 1;
    return undefined;
  }
  const near = /near "([^"]+)"/.exec(error)?.[1];
  if (!near) return undefined;
  const word = new RegExp(`(^|[^A-Za-z0-9_])${near.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z0-9_])`);
  const at = lines.findIndex((l) => word.test(l.replace(/--.*$/, '')));
  return at >= 0 ? at + 1 : undefined;
}
