import * as fs from 'fs';
import * as path from 'path';
import { KINDS } from '../kinds';
import type { Question } from '../model';
import { nodePlan, nodeToolchain } from './node';
import { reasoningLines } from './starter';
import type { CompileFailure, PrepareContext, ProcessPlan, Runtime } from './types';

/** Rows a query may return before the case is stopped. */
export const MAX_ROWS = 10_000;

/** sql-wasm.js and sql-wasm.wasm: beside the bundle (dist/), else from node_modules. */
function engineFiles(): { engineJs: string; engineWasm: string } {
  for (const d of [__dirname, path.join(__dirname, '..')]) {
    const js = path.join(d, 'sql-wasm.js');
    const wasm = path.join(d, 'sql-wasm.wasm');
    if (fs.existsSync(js) && fs.existsSync(wasm)) return { engineJs: js, engineWasm: wasm };
  }
  const js = require.resolve(['sql.js', 'dist', 'sql-wasm.js'].join('/'));
  return { engineJs: js, engineWasm: path.join(path.dirname(js), 'sql-wasm.wasm') };
}

export const sql: Runtime = {
  id: 'sql',
  label: 'SQL',
  description: 'SQLite (sql.js), a fresh database per case',
  extensions: ['.sql'],
  solutionFileName: 'solution.sql',
  kinds: ['sql'],
  comments: { line: '--', block: ['/*', '*/'] },
  sourceLanguages: ['sql'],
  supports: (q: Question) => (KINDS[q.kind].entry === 'query' ? true : `"${q.id}" is a ${KINDS[q.kind].label} drill: SQL answers only SQL drills`),
  starter(q: Question): string {
    const header = reasoningLines(q).map((l) => (l ? `-- ${l}` : '--'));
    return [...header, '', q.starter.sql ?? 'SELECT 1;', ''].join('\n');
  },
  entryLine: () => undefined,
  find: nodeToolchain,
  prepare(ctx: PrepareContext): Promise<ProcessPlan | CompileFailure> {
    return nodePlan({
      ...ctx,
      engine: 'sqlite-wasm',
      config: { driver: 'sql', ...engineFiles(), schema: ctx.question.schema ?? '', person: ctx.code, relation: ctx.question.relation ?? null, maxRows: MAX_ROWS, file: 'solution.sql', stem: 'solution' },
    });
  },
};
