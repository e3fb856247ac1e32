import { writeFileSync } from 'fs';
import * as path from 'path';
import type { Question } from '../model';
import pyHarness from './harness/harness.py';
import { pythonImports, pythonRecord, pythonType, type Param, type Signature } from '../types';
import { constructorArgs, escape, firstLine, methods, paramNames, reasoningLines, supportsProgram } from './starter';
import { DEFAULT_CHANNELS, scrubbedEnv, ToolchainMissing, type CompileFailure, type PrepareContext, type ProcessPlan, type Runtime, type Toolchain, type ToolchainContext } from './types';

const PROBE = 'import sys; print(sys.executable); print(sys.version_info[0])';

function starter(q: Question): string {
  // Four spaces, as the code below: VS Code guesses a file's indentation from its lines, and two-space
  // items would make it indent new code by two, out of line with the starter's own body.
  const header = ['"""', ...reasoningLines(q, '    '), '"""', ''];
  const own = q.starter.python;
  if (own) return [...header, own].join('\n');
  if (q.signature) return [...header, ...typedStarter(q.signature), ''].join('\n');
  if (q.className) {
    return [
      ...header,
      `class ${q.className}:`,
      `    def __init__(self${constructorArgs(q).map((a) => `, ${a}`).join('')}):`,
      '        pass',
      '',
      ...methods(q).flatMap(([m, params]) => [`    def ${m}(self${params.map((a) => `, ${a}`).join('')}):`, '        pass', '']),
    ].join('\n');
  }
  return [...header, `def ${q.function ?? 'solve'}(${paramNames(q).join(', ')}):`, '    pass', ''].join('\n');
}

/** Type hints from the signature, with the `typing` names they use and a TypedDict per record. */
function typedStarter(sig: Signature): string[] {
  const params = (ps: readonly Param[]): string => ps.map((p) => `, ${p.name}: ${pythonType(p.type)}`).join('');
  const imports = pythonImports(sig);
  const prelude = [...(imports.length > 0 ? [`from typing import ${imports.join(', ')}`, '', ''] : []), ...sig.records.flatMap((r) => [...pythonRecord(r), '', ''])];
  if (sig.kind === 'function') {
    const fn = sig.function;
    return [...prelude, `def ${fn.name}(${params(fn.params).slice(2)}) -> ${pythonType(fn.returns)}:`, '    pass'];
  }
  return [
    ...prelude,
    `class ${sig.className}:`,
    `    def __init__(self${params(sig.constructorParams)}):`,
    '        pass',
    ...sig.methods.flatMap((m) => ['', `    def ${m.name}(self${params(m.params)}) -> ${pythonType(m.returns)}:`, '        pass']),
  ];
}

/**
 * The first candidate that is a working Python 3, resolved to the real binary once (a version
 * manager's shim costs ~300 ms a start). An explicit setting is tried alone: it never silently
 * falls back to another Python.
 */
async function find(ctx: ToolchainContext): Promise<Toolchain> {
  const configured = ctx.configured(python);
  const candidates = ctx.platform.pythonCandidates(configured, configured ? undefined : await ctx.suggested(python));
  for (const c of candidates) {
    const label = [c.command, ...c.args].join(' ');
    const found = await ctx
      .memo(`python:${label}`, async () => {
        const r = await ctx.probe(c.command, [...c.args, '-c', PROBE]);
        const [exe, major] = r.stdout.trim().split(/\r?\n/);
        if (!r.ok || major?.trim() !== '3' || !exe) throw new Error(r.stderr.trim() || `${label} is not Python 3`);
        return { command: exe.trim(), version: '3' } satisfies Toolchain;
      })
      .catch(() => undefined);
    if (found) return found;
  }
  if (configured) throw new ToolchainMissing(`Python 3 was not found at "${configured}" (${ctx.settingName(python)}). Point it at a Python 3 interpreter, or clear it to use python3 from PATH.`);
  const tried = candidates.map((c) => [c.command, ...c.args].join(' ')).join(', ');
  throw new ToolchainMissing(`Python 3 was not found (tried ${tried}). Install Python 3, or set ${ctx.settingName(python)}.`);
}

export const python: Runtime = {
  id: 'python',
  label: 'Python',
  // Measure's copies of an input: an int object and its slot in a list, a str, a list or dict.
  valueCost: { number: 40, string: 64, list: 64 },
  description: 'uses your Python 3',
  extensions: ['.py'],
  solutionFileName: 'solution.py',
  kinds: ['coding'],
  setting: 'interviewDrills.pythonPath',
  comments: { line: '#', docstrings: true },
  sourceLanguages: ['python'],
  supports: (q) => supportsProgram(q, python),
  starter,
  entryLine: (code, q) => firstLine(code, new RegExp(`^\\s*(def\\s+${escape(q.className ?? q.function ?? '')}\\b|class\\s+${q.className ? escape(q.className) : 'Solution'}\\b)`)),
  find,
  async prepare(ctx: PrepareContext): Promise<ProcessPlan | CompileFailure> {
    const q = ctx.question;
    // The run's own small files are written synchronously (see Judge.runDir).
    writeFileSync(path.join(ctx.dir, 'solution.py'), ctx.code);
    const harness = path.join(ctx.dir, 'harness.py');
    writeFileSync(harness, pyHarness);
    const mem = ctx.platform.memoryLimit(ctx.memoryMb, 'python');
    return {
      command: ctx.toolchain.command,
      args: ['-S', '-B', '-u', harness],
      // Each thread's malloc arena reserves 64 MB of address space, which RLIMIT_AS counts: cap the arenas.
      env: scrubbedEnv(ctx.dir, { PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1', PYTHONHASHSEED: '0', MALLOC_ARENA_MAX: '2' }),
      cwd: ctx.dir,
      config: { entry: q.className ?? q.function, isClass: q.className !== undefined, file: 'solution.py', memory: mem.harness, wire: 2 },
      channels: DEFAULT_CHANNELS,
    };
  },
};
