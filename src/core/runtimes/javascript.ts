import { writeFileSync } from 'fs';
import * as path from 'path';
import type { Question } from '../model';
import { nodePlan, nodeToolchain } from './node';
import { blockCommentHeader, constructorArgs, jsEntryLine, methods, paramNames, supportsProgram } from './starter';
import { transpile } from '../judge/transpile';
import type { CompileFailure, Language, PrepareContext, ProcessPlan, Runtime } from './types';
import { jsDocRecord, JSDOC_JSON_ALIAS, TS_JSON_ALIAS, tsRecord, tsType, typesIn, type Param, type Signature, type Type } from '../types';

export function jsStarter(q: Question, language: Language, typed: boolean): string {
  const header = blockCommentHeader(q);
  const own = q.starter[language];
  if (own) return [...header, own].join('\n');
  if (q.signature) return [...header, ...(typed ? tsDeclarations(q.signature) : jsDocDeclarations(q.signature)), ''].join('\n');
  const any = typed ? ': any' : '';
  if (q.className) {
    return [
      ...header,
      `class ${q.className} {`,
      `  constructor(${constructorArgs(q).map((a) => `${a}${any}`).join(', ')}) {`,
      '  }',
      '',
      ...methods(q).flatMap(([m, params]) => [`  ${m}(${params.map((a) => `${a}${any}`).join(', ')}) {`, '  }', '']),
      '}',
      '',
    ].join('\n');
  }
  return [...header, `function ${q.function ?? 'solve'}(${paramNames(q).map((p) => `${p}${any}`).join(', ')}) {`, '', '}', ''].join('\n');
}

/** TypeScript from a signature: the JSON alias and records it uses, then the function or class with annotations. */
function tsDeclarations(sig: Signature): string[] {
  const params = (ps: readonly Param[]): string => ps.map((p) => `${p.name}: ${tsType(p.type)}`).join(', ');
  const prelude = [...(typesIn(sig).some((t) => t.kind === 'json') ? [TS_JSON_ALIAS, ''] : []), ...sig.records.flatMap((r) => [...tsRecord(r), ''])];
  if (sig.kind === 'function') {
    const fn = sig.function;
    return [...prelude, `function ${fn.name}(${params(fn.params)}): ${tsType(fn.returns)} {`, '', '}'];
  }
  return [
    ...prelude,
    `class ${sig.className} {`,
    `  constructor(${params(sig.constructorParams)}) {`,
    '  }',
    ...sig.methods.flatMap((m) => ['', `  ${m.name}(${params(m.params)}): ${tsType(m.returns)} {`, '  }']),
    '}',
  ];
}

/** JavaScript from a signature: JSDoc typedefs for records, and JSDoc types on every parameter and result. */
function jsDocDeclarations(sig: Signature): string[] {
  const doc = (ps: readonly Param[], returns: Type | undefined, indent: string): string[] => {
    const lines = [...ps.map((p) => `@param {${tsType(p.type)}} ${p.name}`), ...(returns ? [`@returns {${tsType(returns)}}`] : [])];
    return lines.length === 0 ? [] : [`${indent}/**`, ...lines.map((l) => `${indent} * ${l}`), `${indent} */`];
  };
  const prelude = [...(typesIn(sig).some((t) => t.kind === 'json') ? [...JSDOC_JSON_ALIAS, ''] : []), ...sig.records.flatMap((r) => [...jsDocRecord(r), ''])];
  if (sig.kind === 'function') {
    const fn = sig.function;
    return [...prelude, ...doc(fn.params, fn.returns, ''), `function ${fn.name}(${fn.params.map((p) => p.name).join(', ')}) {`, '', '}'];
  }
  return [
    ...prelude,
    `class ${sig.className} {`,
    ...doc(sig.constructorParams, undefined, '  '),
    `  constructor(${sig.constructorParams.map((p) => p.name).join(', ')}) {`,
    '  }',
    ...sig.methods.flatMap((m) => ['', ...doc(m.params, m.returns, '  '), `  ${m.name}(${m.params.map((p) => p.name).join(', ')}) {`, '  }']),
    '}',
  ];
}

/**
 * Exports the entry point whatever way it was declared (function, const, class, a `Solution` class)
 * by appending a probe after the code, so line numbers stay the person's. `probeAt` is where the
 * probe starts: everything before it is the person's code.
 */
export function withEntryProbe(code: string, q: Question): { text: string; probeAt: number } {
  const entry = q.className ?? q.function ?? 'solve';
  const probe = `\n;try{module.exports.__drillsEntry=typeof ${entry}!=='undefined'?${entry}:undefined}catch(_e){};try{module.exports.__drillsSolution=typeof Solution!=='undefined'?Solution:undefined}catch(_e){};\n`;
  const mapAt = code.lastIndexOf('\n//# sourceMappingURL=');
  const probeAt = mapAt >= 0 ? mapAt : code.length;
  return { text: code.slice(0, probeAt) + probe + code.slice(probeAt), probeAt };
}

/**
 * Transpiles when needed (TypeScript, or JavaScript written as an ES module; the one call for both
 * runtimes), exports the entry point and plans the Node harness.
 */
export async function prepareNodeSolution(ctx: PrepareContext, language: 'javascript' | 'typescript'): Promise<ProcessPlan | CompileFailure> {
  const js = await transpile(ctx.code, language);
  if (!js.ok) return { kind: 'compile-error', message: js.message, ...(js.line !== undefined ? { line: js.line } : {}), ...(js.column !== undefined ? { column: js.column } : {}) };
  const probed = withEntryProbe(js.code, ctx.question);
  writeFileSync(path.join(ctx.dir, 'solution.js'), probed.text);
  // The person's last written line and where their code ends: a brace left open is only found past
  // it, in the probe, and the harness then reports what their code alone gives.
  return nodePlan({ ...ctx, config: { ...programConfig(ctx.question), lines: ctx.code.trimEnd().split('\n').length, probeAt: probed.probeAt } });
}

export function programConfig(q: Question): Record<string, unknown> {
  return { driver: 'program', entry: q.className ?? q.function, isClass: q.className !== undefined, file: 'solution.js', stem: 'solution', wire: 2 };
}

export const javascript: Runtime = {
  id: 'javascript',
  label: 'JavaScript',
  // Measure's copies of an input: a number in an array, a string, an array or Map.
  valueCost: { number: 16, string: 32, list: 32 },
  description: "runs on VS Code's own Node.js",
  extensions: ['.js', '.mjs', '.cjs'],
  solutionFileName: 'solution.js',
  kinds: ['coding'],
  comments: { line: '//', block: ['/*', '*/'] },
  sourceLanguages: ['javascript'],
  supports: (q) => supportsProgram(q, javascript),
  starter: (q) => jsStarter(q, 'javascript', false),
  entryLine: jsEntryLine,
  find: nodeToolchain,
  prepare: (ctx) => prepareNodeSolution(ctx, 'javascript'),
};
