import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { CaseResult, Question, SqlQueryCase, SqlStatementCase, TestCase } from '../model';
import { deepEqual } from './compare';

export interface SqlRunOptions {
  readonly signal?: AbortSignal;
  readonly onCase?: (r: CaseResult) => void;
  /** Directory holding sql-wasm.js and sql-wasm.wasm; defaults to beside the bundle, then node_modules. */
  readonly engineDir?: string;
  readonly timeMs?: number;
}

/** Rows a query may return before the case is stopped. */
export const MAX_ROWS = 10_000;

type SqlCase = SqlQueryCase | SqlStatementCase;
type WorkerCase = { i: number; kind: 'query' | 'ddl-query' | 'statement'; setup: string; sql: string };
type WorkerResult =
  | { t: 'start'; i: number }
  | { t: 'case'; i: number; ok: true; rows: unknown[][]; columns: string[]; ms: number }
  | { t: 'case'; i: number; ok: false; stage: 'schema' | 'person' | 'setup' | 'check'; error: string; ms: number }
  | { t: 'fatal'; error: string };

// Runs inside a worker thread so a runaway query (a recursive CTE that never ends) can be stopped
// by terminating the worker: sql.js runs synchronously.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('worker_threads');
const initSqlJs = require(workerData.engineJs);
const MAX_ROWS = workerData.maxRows;
initSqlJs({ locateFile: () => workerData.engineWasm }).then((SQL) => {
  parentPort.on('message', (job) => {
    for (const c of job.cases) {
      parentPort.postMessage({ t: 'start', i: c.i });
      const t0 = performance.now();
      const db = new SQL.Database();
      let stage = 'schema';
      try {
        db.exec('PRAGMA foreign_keys = ON;');
        if (job.schema) db.exec(job.schema);
        if (c.kind !== 'query') { stage = 'person'; if (job.person.trim()) db.exec(job.person); }
        stage = 'setup';
        if (c.setup) db.exec(c.setup);
        stage = c.kind === 'query' ? 'person' : 'check';
        const res = db.exec(c.kind === 'query' ? job.person : c.sql);
        const last = res.length ? res[res.length - 1] : { columns: [], values: [] };
        const rows = last.values.length > MAX_ROWS ? null : last.values.map((r) => r.map((v) => v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v));
        if (rows === null) parentPort.postMessage({ t: 'case', i: c.i, ok: false, stage: 'rows', error: 'more than ' + MAX_ROWS + ' rows', ms: performance.now() - t0 });
        else parentPort.postMessage({ t: 'case', i: c.i, ok: true, rows, columns: last.columns, ms: performance.now() - t0 });
      } catch (e) {
        parentPort.postMessage({ t: 'case', i: c.i, ok: false, stage, error: String(e && e.message || e), ms: performance.now() - t0 });
      } finally {
        db.close();
      }
    }
    parentPort.postMessage({ t: 'done' });
  });
  parentPort.postMessage({ t: 'ready' });
}, (e) => parentPort.postMessage({ t: 'fatal', error: String(e && e.message || e) }));
`;

function engineFiles(dir?: string): { engineJs: string; engineWasm: string } {
  const candidates = [dir, __dirname, path.join(__dirname, '..')].filter((d): d is string => typeof d === 'string');
  for (const d of candidates) {
    const js = path.join(d, 'sql-wasm.js');
    const wasm = path.join(d, 'sql-wasm.wasm');
    if (fs.existsSync(js) && fs.existsSync(wasm)) return { engineJs: js, engineWasm: wasm };
  }
  const js = require.resolve(['sql.js', 'dist', 'sql-wasm.js'].join('/'));
  return { engineJs: js, engineWasm: path.join(path.dirname(js), 'sql-wasm.wasm') };
}

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

/**
 * Runs SQL drills on an embedded SQLite: every case gets a fresh in-memory database with the
 * question's schema. Query drills compare the rows of the person's query; schema-design drills run
 * the person's DDL first, then statements that must succeed or fail and queries with expected rows.
 */
export async function runSql(question: Question, sql: string, cases: readonly TestCase[], opts: SqlRunOptions = {}): Promise<CaseResult[]> {
  const timeMs = opts.timeMs ?? question.limits.timeMs;
  const results = new Map<number, CaseResult>();
  const sqlCases: { i: number; t: SqlCase }[] = [];
  cases.forEach((t, i) => {
    if (t.type === 'sql-query' || t.type === 'sql-statement') sqlCases.push({ i, t });
    else results.set(i, { name: t.name, hidden: t.hidden, verdict: 'incomplete', timeMs: 0, stdout: '', stderr: '', error: 'this case needs a program, not SQL' });
  });
  const emit = (i: number, r: CaseResult): void => {
    results.set(i, r);
    opts.onCase?.(r);
  };
  let remaining = sqlCases;
  while (remaining.length > 0 && !opts.signal?.aborted) {
    await runBatch(question, sql, remaining, timeMs, emit, opts);
    const left = remaining.filter((c) => !results.has(c.i));
    if (left.length === remaining.length) break;
    remaining = left;
  }
  return cases.map((t, i) => results.get(i) ?? { name: t.name, hidden: t.hidden, verdict: 'incomplete', timeMs: 0, stdout: '', stderr: '', error: opts.signal?.aborted ? 'cancelled' : 'not run' });
}

function runBatch(question: Question, person: string, batch: readonly { i: number; t: SqlCase }[], timeMs: number, emit: (i: number, r: CaseResult) => void, opts: SqlRunOptions): Promise<void> {
  const files = engineFiles(opts.engineDir);
  const byIndex = new Map(batch.map((c) => [c.i, c.t]));
  const workerCases: WorkerCase[] = batch.map(({ i, t }) => ({
    i,
    kind: t.type === 'sql-statement' ? 'statement' : t.query.trim() ? 'ddl-query' : 'query',
    setup: t.setup,
    sql: t.type === 'sql-statement' ? t.statement : t.query,
  }));
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { ...files, maxRows: MAX_ROWS }, resourceLimits: { maxOldGenerationSizeMb: question.limits.memoryMb } });
    let current: number | undefined;
    let watchdog: NodeJS.Timeout | undefined;
    let finished = false;
    const finish = (): void => {
      if (finished) return;
      finished = true;
      if (watchdog) clearTimeout(watchdog);
      opts.signal?.removeEventListener('abort', onAbort);
      void worker.terminate().finally(resolve);
    };
    const onAbort = (): void => finish();
    opts.signal?.addEventListener('abort', onAbort);
    const loadTimer = setTimeout(() => {
      for (const { i, t } of batch) emit(i, base(t, 'incomplete', 0, 'the SQL engine did not start'));
      finish();
    }, 15_000);
    worker.on('message', (m: WorkerResult | { t: 'ready' } | { t: 'done' }) => {
      if (m.t === 'ready') {
        clearTimeout(loadTimer);
        worker.postMessage({ schema: question.schema ?? '', person, cases: workerCases });
      } else if (m.t === 'start') {
        current = m.i;
        if (watchdog) clearTimeout(watchdog);
        watchdog = setTimeout(() => {
          const t = byIndex.get(m.i);
          if (t) emit(m.i, base(t, 'time-limit', timeMs, `took longer than ${timeMs} ms`));
          finish();
        }, timeMs);
      } else if (m.t === 'case') {
        if (watchdog) clearTimeout(watchdog);
        current = undefined;
        const t = byIndex.get(m.i);
        if (t) emit(m.i, judgeCase(t, m, person));
      } else if (m.t === 'fatal') {
        clearTimeout(loadTimer);
        for (const { i, t } of batch) emit(i, base(t, 'incomplete', 0, `the SQL engine failed to start: ${m.error}`));
        finish();
      } else if (m.t === 'done') {
        finish();
      }
    });
    worker.on('error', (e) => {
      clearTimeout(loadTimer);
      const t = current !== undefined ? byIndex.get(current) : undefined;
      if (t && current !== undefined) emit(current, base(t, /memory/i.test(e.message) ? 'memory-limit' : 'runtime-error', 0, e.message));
      finish();
    });
    worker.on('exit', () => {
      clearTimeout(loadTimer);
      finish();
    });
  });
}

function base(t: SqlCase, verdict: CaseResult['verdict'], ms: number, error?: string): CaseResult {
  return { name: t.name, hidden: t.hidden, verdict, timeMs: Math.round(ms * 100) / 100, stdout: '', stderr: '', ...(error ? { error } : {}) };
}

function judgeCase(t: SqlCase, m: Extract<WorkerResult, { t: 'case' }>, person: string): CaseResult {
  if (t.type === 'sql-statement') {
    if (m.ok) return t.expect === 'succeed' ? base(t, 'accepted', m.ms) : { ...base(t, 'wrong-answer', m.ms, `expected this statement to be rejected by a constraint, but it succeeded: ${t.statement.trim()}`) };
    if (m.stage === 'check') return t.expect === 'fail' ? base(t, 'accepted', m.ms) : base(t, 'wrong-answer', m.ms, `expected this statement to succeed, but SQLite said: ${m.error} (${t.statement.trim()})`);
    return failure(t, m, person);
  }
  if (!m.ok) return failure(t, m, person);
  const expected = t.expected;
  const width = expected[0]?.length;
  const actualWidth = m.columns.length;
  const r = { ...base(t, 'accepted', m.ms), ...(t.hidden ? {} : { expected }), actual: m.rows };
  if (width !== undefined && actualWidth !== width && m.rows.length > 0) return { ...r, verdict: 'wrong-answer', error: `expected ${width} column(s), got ${actualWidth} (${m.columns.join(', ')})` };
  return rowsEqual(expected, m.rows, t.ordered) ? r : { ...r, verdict: 'wrong-answer', error: t.ordered ? 'rows differ (order matters for this case)' : 'rows differ' };
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

function failure(t: SqlCase, m: Extract<WorkerResult, { t: 'case' }> & { ok: false }, person: string): CaseResult {
  if ((m.stage as string) === 'rows') return base(t, 'output-limit', m.ms, `the query returned ${m.error}`);
  if (m.stage === 'person') {
    const syntax = /syntax error|incomplete input|unrecognized token/i.test(m.error);
    const line = syntax ? errorLine(person, m.error) : undefined;
    return { ...base(t, syntax ? 'compile-error' : 'runtime-error', m.ms, `your SQL failed: ${m.error}${line ? ` (line ${line})` : ''}`), ...(line ? { line } : {}) };
  }
  if (m.stage === 'check') return base(t, 'wrong-answer', m.ms, `the check failed against your schema: ${m.error}`);
  return base(t, 'runtime-error', m.ms, `the question's ${m.stage} failed: ${m.error}`);
}
