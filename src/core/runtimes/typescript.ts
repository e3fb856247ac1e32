import { promises as fs } from 'fs';
import * as path from 'path';
import type { Question } from '../model';
import { jsStarter, programConfig, withEntryProbe } from './javascript';
import { jsEntryLine, supportsProgram } from './starter';
import { nodePlan, nodeToolchain } from './node';
import type { CompileFailure, PrepareContext, ProcessPlan, Runtime } from './types';

/**
 * The one place a solution is transpiled: TypeScript to JavaScript, and JavaScript written as an ES
 * module to CommonJS. Type-only errors do not stop a run (no type check); a syntax error is a
 * compile error at the person's line.
 */
export async function transpile(code: string, from: 'typescript' | 'javascript'): Promise<{ code: string } | CompileFailure> {
  try {
    const esbuild = await import('esbuild');
    const out = await esbuild.transform(code, {
      loader: from === 'typescript' ? 'ts' : 'js',
      format: 'cjs',
      target: 'node18',
      sourcemap: 'inline',
      sourcefile: from === 'typescript' ? 'solution.ts' : 'solution.js',
      logLevel: 'silent',
    });
    return { code: out.code };
  } catch (e) {
    const err = (e as { errors?: { text: string; location?: { line: number; column: number } }[] }).errors?.[0];
    if (!err) return { kind: 'compile-error', message: (e as Error).message };
    const at = err.location;
    return { kind: 'compile-error', message: `${err.text}${at ? ` (line ${at.line}, column ${at.column + 1})` : ''}`, ...(at ? { line: at.line, column: at.column + 1 } : {}) };
  }
}

export const typescript: Runtime = {
  id: 'typescript',
  label: 'TypeScript',
  description: 'transpiled at run time',
  extensions: ['.ts'],
  solutionFileName: 'solution.ts',
  kinds: ['coding'],
  comments: { line: '//', block: ['/*', '*/'] },
  sourceLanguages: ['typescript', 'javascript'],
  supports: (q: Question) => supportsProgram(q),
  starter: (q: Question) => jsStarter(q, 'typescript', true),
  entryLine: jsEntryLine,
  find: nodeToolchain,
  async prepare(ctx: PrepareContext): Promise<ProcessPlan | CompileFailure> {
    const js = await transpile(ctx.code, 'typescript');
    if ('kind' in js) return js;
    await fs.writeFile(path.join(ctx.dir, 'solution.js'), withEntryProbe(js.code, ctx.question));
    return nodePlan({ ...ctx, config: programConfig(ctx.question) });
  },
};
