// Java 17+: the person writes `class Solution { public int[] pairWithSum(int[] nums, int target) {…} }`
// (a design drill: the class itself), as on LeetCode. One javac call compiles their file (with the
// drill's record classes); the harness, which reaches their class only through reflection, is
// compiled once per JDK into its own folder of the cache. Both are cached by content, so running an
// unchanged solution again starts the JVM without compiling.
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Question } from '../model';
import { keywordIn, type Param, type RecordDecl, type Signature, type Type } from '../types';
import harnessSource from './harness/DrillsHarness.java';
import { blockCommentHeader, escape, firstLine, supportsProgram } from './starter';
import { DEFAULT_CHANNELS, scrubbedEnv, ToolchainMissing, type CompileFailure, type PrepareContext, type ProcessPlan, type Runtime, type Toolchain, type ToolchainContext } from './types';

const SOLUTION = 'Solution.java';
const HARNESS = 'DrillsHarness.java';
const RECORDS = 'DrillsRecords.java';
const COMPILE_MS = 60_000;
/**
 * `-XDstringConcat=inline` compiles `a + b` on strings to a StringBuilder rather than an
 * invokedynamic call, whose first use costs a JVM tens of milliseconds at start (the harness builds
 * every record that way). It changes no result.
 */
const JAVAC_FLAGS = ['-encoding', 'UTF-8', '-g', '-nowarn', '-Xlint:none', '-proc:none', '-XDstringConcat=inline'];
/**
 * Flags of the compiler's own JVM, not of judged code: javac is a short-lived program, which starts
 * and finishes sooner with only the JIT's first tier and the serial collector (a small solution
 * compiled in about 0.25 s less, measured side by side).
 */
const JAVAC_JVM_FLAGS = ['-J-XX:TieredStopAtLevel=1', '-J-XX:+UseSerialGC'];
/**
 * JVM flags, measured on a 100-case run: the serial collector and class-data sharing start fastest;
 * the JIT stays at its default (tiered up to C2) because judged code must run at full speed.
 * `--add-opens` lets the harness open the inherited channel descriptors (see DrillsHarness.descriptor).
 */
export const JVM_FLAGS = ['-XX:+UseSerialGC', '-Xshare:auto', '-XX:-UsePerfData', '-Xss8m', '--add-opens', 'java.base/java.io=ALL-UNNAMED'];
/** Room the JVM needs beyond the heap is not counted: the limit is the heap (`-Xmx`), as on most judges. */

// ---- types --------------------------------------------------------------------------------------

const BOXED: Record<string, string> = { int: 'Integer', long: 'Long', float: 'Double', bool: 'Boolean', string: 'String' };
const PRIMITIVE: Record<string, string> = { int: 'int', long: 'long', float: 'double', bool: 'boolean', string: 'String' };

/** A list whose leaves are non-null scalars reads as an array (`int[]`, `String[][]`), as LeetCode writes it. */
function arrayable(t: Type): boolean {
  if (t.kind === 'list') return arrayable(t.element);
  return t.kind in PRIMITIVE;
}

/** The Java type of a declared type. `position` picks LeetCode's habits: arrays in parameters and flat results. */
export function javaType(t: Type, position: 'param' | 'return' | 'generic' = 'param'): string {
  switch (t.kind) {
    case 'int':
    case 'long':
    case 'float':
    case 'bool':
    case 'string':
      return position === 'generic' ? BOXED[t.kind]! : PRIMITIVE[t.kind]!;
    case 'void':
      return 'void';
    case 'json':
      return 'Object';
    case 'record':
      return t.name;
    case 'nullable':
      return t.inner.kind in BOXED ? BOXED[t.inner.kind]! : javaType(t.inner, position);
    case 'list':
      if (position !== 'generic' && arrayable(t) && (position === 'param' || t.element.kind !== 'list')) return `${javaType(t.element, position === 'return' ? 'param' : position)}[]`;
      return `List<${javaType(t.element, 'generic')}>`;
    case 'set':
      return `Set<${javaType(t.element, 'generic')}>`;
    case 'map':
      return `Map<${javaType(t.key, 'generic')}, ${javaType(t.value, 'generic')}>`;
    case 'tuple':
      return 'Object[]';
  }
}

/** A record field: scalars as primitives (boxed when nullable), everything else as collections (`List<Integer>`). */
function fieldType(t: Type): string {
  return t.kind in PRIMITIVE ? PRIMITIVE[t.kind]! : t.kind === 'nullable' && t.inner.kind in BOXED ? BOXED[t.inner.kind]! : javaType(t, 'generic');
}

/** Why Java cannot take a type: it takes every type of the type language. */
function cannotExpress(): string | undefined {
  return undefined;
}

/** A record field's name in Java: a keyword or a non-identifier gets a safe spelling. */
export function javaFieldName(name: string): string {
  let n = name.replace(/[^A-Za-z0-9_$]/g, '_');
  if (/^[0-9]/.test(n)) n = `_${n}`;
  if (keywordIn(n)?.includes('Java') || n === '_') n = `${n}_`;
  return n;
}

function recordClass(r: RecordDecl): string[] {
  const fields = r.fields.map((f) => ({ java: javaFieldName(f.name), type: fieldType(f.optional && f.type.kind in BOXED ? { kind: 'nullable', inner: f.type } : f.type) }));
  const assign = fields.map((f) => `this.${f.java} = ${f.java};`).join(' ');
  return [
    `class ${r.name} {`,
    ...fields.map((f) => `    ${f.type} ${f.java};`),
    `    ${r.name}() {}`,
    ...(fields.length > 0 ? [`    ${r.name}(${fields.map((f) => `${f.type} ${f.java}`).join(', ')}) { ${assign} }`] : []),
    '}',
  ];
}

/** The drill's record classes the person did not declare themselves (they may paste LeetCode's). */
function recordsSource(sig: Signature, code: string): string | undefined {
  const missing = sig.records.filter((r) => !new RegExp(`\\b(class|record)\\s+${escape(r.name)}\\b`).test(code));
  if (missing.length === 0) return undefined;
  return ['import java.util.*;', '', ...missing.flatMap((r) => [...recordClass(r), ''])].join('\n');
}

function javaFields(sig: Signature): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const r of sig.records) {
    const renamed = r.fields.filter((f) => javaFieldName(f.name) !== f.name);
    if (renamed.length > 0) out[r.name] = Object.fromEntries(renamed.map((f) => [f.name, javaFieldName(f.name)]));
  }
  return out;
}

// ---- starter ------------------------------------------------------------------------------------

function params(ps: readonly Param[]): string {
  return ps.map((p) => `${javaType(p.type, 'param')} ${p.name}`).join(', ');
}

function defaultReturn(t: Type): string[] {
  if (t.kind === 'void') return [];
  if (t.kind === 'bool') return ['        return false;'];
  if (t.kind === 'int' || t.kind === 'long' || t.kind === 'float') return ['        return 0;'];
  return ['        return null;'];
}

function starter(q: Question): string {
  const header = blockCommentHeader(q);
  const own = q.starter.java;
  if (own) return [...header, own].join('\n');
  const sig = q.signature;
  if (!sig) return [...header, '// This drill has no typed signature: it cannot be solved in Java yet.', ''].join('\n');
  const records = sig.records.length > 0 ? ['/*', ' * Provided by the judge (do not declare them again, or declare them exactly like this):', ...sig.records.flatMap((r) => recordClass(r).map((l) => ` * ${l}`)), ' */', ''] : [];
  const body =
    sig.kind === 'function'
      ? ['class Solution {', `    public ${javaType(sig.function.returns, 'return')} ${sig.function.name}(${params(sig.function.params)}) {`, ...defaultReturn(sig.function.returns), '    }', '}']
      : [
          `class ${sig.className} {`,
          `    public ${sig.className}(${params(sig.constructorParams)}) {`,
          '    }',
          ...sig.methods.flatMap((m) => ['', `    public ${javaType(m.returns, 'return')} ${m.name}(${params(m.params)}) {`, ...defaultReturn(m.returns), '    }']),
          '}',
        ];
  return [...header, 'import java.util.*;', '', ...records, ...body, ''].join('\n');
}

// ---- toolchain ----------------------------------------------------------------------------------

/** `javac 17.0.15` → 17. */
function major(version: string): number | undefined {
  const m = /(\d+)(?:\.(\d+))?/.exec(version);
  if (!m) return undefined;
  return m[1] === '1' && m[2] ? Number(m[2]) : Number(m[1]);
}

/**
 * The JDK: the setting (a JDK folder, or its javac or java) alone when set, else JAVA_HOME, else
 * javac from PATH. `java` is taken from the same folder as `javac`.
 */
async function find(ctx: ToolchainContext): Promise<Toolchain> {
  const setting = ctx.settingName(java);
  if (ctx.platform.os === 'win32') {
    throw new ToolchainMissing('Java solutions run on Linux and macOS only: the JVM cannot open the pipes the judge hands its child processes on Windows. Use WSL, or another language.');
  }
  const configured = ctx.configured(java);
  const candidates: string[] = [];
  const fromHome = (home: string): string => path.join(home, 'bin', 'javac');
  if (configured) {
    const base = path.basename(configured);
    candidates.push(base === 'javac' || base === 'java' ? path.join(path.dirname(configured), 'javac') : fromHome(configured));
  } else {
    if (process.env.JAVA_HOME) candidates.push(fromHome(process.env.JAVA_HOME));
    candidates.push('javac');
  }
  for (const javac of candidates) {
    const found = await ctx
      .memo(`java:${javac}`, async () => {
        const r = await ctx.probe(javac, ['-version']);
        const text = `${r.stdout}\n${r.stderr}`.trim();
        const v = major(text.replace(/^javac\s*/, ''));
        if (!r.ok || v === undefined) throw new Error(text || `${javac} did not run`);
        if (v < 17) throw new Error(`${text} is older than Java 17`);
        // `java` beside the real javac (PATH entries are often symlinks into the JDK).
        const real = javac.includes(path.sep) ? await fs.realpath(javac).catch(() => javac) : await resolveOnPath(javac);
        return { command: path.join(path.dirname(real), 'java'), version: text, env: { DRILLS_JAVAC: real } } satisfies Toolchain;
      })
      .catch((e: Error) => e);
    if (!(found instanceof Error)) return found;
    if (found.message.includes('older than Java 17')) throw new ToolchainMissing(`${found.message}. Install a JDK 17 or newer, or set ${setting}.`);
  }
  if (configured) throw new ToolchainMissing(`No JDK 17+ was found at "${configured}" (${setting}). Point it at a JDK folder (or its bin/javac), or clear it to use javac from PATH.`);
  throw new ToolchainMissing(`Java was not found: javac is not on PATH. Install a JDK 17 or newer (for example OpenJDK), or set ${setting}.`);
}

async function resolveOnPath(command: string): Promise<string> {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, command);
    try {
      await fs.access(candidate);
      return await fs.realpath(candidate);
    } catch {
      /* next */
    }
  }
  return command;
}

// ---- compile ------------------------------------------------------------------------------------

/** `Solution.java:7: error: ';' expected` → the first error in the person's file, with its line. */
export function compileFailure(output: string, timedOut: boolean): CompileFailure {
  if (timedOut) return { kind: 'compile-error', message: `javac did not finish within ${COMPILE_MS / 1000} s` };
  const lines = output.split(/\r?\n/);
  const at = lines.findIndex((l) => new RegExp(`(^|[\\\\/])${escape(SOLUTION)}:\\d+: error:`).test(l));
  if (at < 0) {
    const first = lines.findIndex((l) => /error:/.test(l));
    const text = (first >= 0 ? lines.slice(first, first + 3) : lines.slice(0, 5)).join('\n').trim();
    return { kind: 'compile-error', message: text || 'javac failed without a message' };
  }
  const m = /:(\d+): error: (.*)$/.exec(lines[at]!)!;
  const line = Number(m[1]);
  // javac prints the source line and a caret under the column.
  const caret = lines[at + 2] !== undefined && /^\s*\^\s*$/.test(lines[at + 2]!) ? lines[at + 2]!.indexOf('^') + 1 : undefined;
  const detail = lines
    .slice(at + 1)
    .filter((l, k) => k > 1 && /^\s+\S/.test(l) && !/\.java:\d+:/.test(l))
    .slice(0, 3)
    .map((l) => l.trim());
  const message = [`${SOLUTION}:${line}: ${m[2]!}`, ...detail].join('\n');
  return { kind: 'compile-error', message, line, ...(caret ? { column: caret } : {}) };
}

/** The javac of a resolved JDK: the real binary found with it (`DRILLS_JAVAC`), else the javac beside its `java`. */
export function javacOf(toolchain: Toolchain): string {
  return toolchain.env?.DRILLS_JAVAC ?? path.join(path.dirname(toolchain.command), 'javac');
}

async function prepare(ctx: PrepareContext): Promise<ProcessPlan | CompileFailure> {
  const q = ctx.question;
  const sig = q.signature;
  if (!sig) return { kind: 'compile-error', message: `"${q.id}" has no typed signature, which Java needs to call it` };
  // Loaded here: listing drills must not load the build machinery (crypto, child processes).
  const { cachedBuild, contentKey, runTool } = await import('./compiled');
  const javac = javacOf(ctx.toolchain);
  const compile = (out: string, files: readonly string[]) => runTool(javac, [...JAVAC_JVM_FLAGS, ...JAVAC_FLAGS, '-d', out, ...files.map((f) => path.join('src', f))], { cwd: out, env: scrubbedEnv(out), timeoutMs: COMPILE_MS });
  // The harness first, once per JDK (a hit marks it used on every run, as the run needs it).
  const harness = await cachedBuild<CompileFailure>({
    cacheDir: ctx.cacheDir,
    key: contentKey(['java-harness/1', harnessSource, ctx.toolchain.version ?? '', javac, JAVAC_FLAGS.join(' ')]),
    fallbackDir: path.join(ctx.dir, 'harness'),
    build: async (out) => {
      await fs.mkdir(path.join(out, 'src'), { recursive: true });
      await fs.writeFile(path.join(out, 'src', HARNESS), harnessSource);
      const r = await compile(out, [HARNESS]);
      if (r.code !== 0 || r.timedOut) return { kind: 'compile-error', message: `the judge's Java harness did not compile with ${javac}: ${(r.stderr || r.stdout).trim().slice(0, 500)}` };
      return undefined;
    },
  });
  if (harness.failure) return harness.failure;
  const records = recordsSource(sig, ctx.code);
  const key = contentKey(['java/2', harnessSource, ctx.code, records ?? '', ctx.toolchain.version ?? '', javac, JAVAC_FLAGS.join(' ')]);
  const build = await cachedBuild<CompileFailure>({
    cacheDir: ctx.cacheDir,
    key,
    fallbackDir: ctx.dir,
    build: async (out) => {
      const src = path.join(out, 'src');
      await fs.mkdir(src, { recursive: true });
      await fs.writeFile(path.join(src, SOLUTION), ctx.code);
      const files = [SOLUTION];
      if (records) {
        await fs.writeFile(path.join(src, RECORDS), records);
        files.push(RECORDS);
      }
      const r = await compile(out, files);
      if (r.code !== 0 || r.timedOut) return compileFailure(`${r.stderr}\n${r.stdout}`, r.timedOut);
      return undefined;
    },
  });
  if (build.failure) return build.failure;
  return {
    command: ctx.toolchain.command,
    // The harness's folder first: a class of the person's named like one of the harness's cannot replace it.
    args: [`-Xmx${ctx.memoryMb}m`, ...JVM_FLAGS, '-cp', `${harness.dir}${path.delimiter}${build.dir}`, 'DrillsHarness'],
    env: scrubbedEnv(ctx.dir),
    cwd: ctx.dir,
    config: { file: SOLUTION, entry: q.className ?? q.function, isClass: q.className !== undefined, signature: sig, javaFields: javaFields(sig), wire: 2 },
    channels: DEFAULT_CHANNELS,
    startsAhead: true,
  };
}

export const java: Runtime = {
  id: 'java',
  label: 'Java',
  // Measure's copies of an input: a boxed number in a list (an int[] takes less), a String, a list.
  valueCost: { number: 24, string: 56, list: 48 },
  description: 'uses your JDK 17+ (class Solution, as on LeetCode)',
  extensions: ['.java'],
  solutionFileName: SOLUTION,
  kinds: ['coding'],
  setting: 'interviewDrills.javaPath',
  comments: { line: '//', block: ['/*', '*/'] },
  sourceLanguages: ['java'],
  supports: (q) => supportsProgram(q, java, cannotExpress),
  starter,
  entryLine: (code, q) => {
    const sig = q.signature;
    if (sig?.kind === 'class') return firstLine(code, new RegExp(`^\\s*(public\\s+|final\\s+)*class\\s+${escape(sig.className)}\\b`));
    const name = escape(q.function ?? '');
    return firstLine(code, new RegExp(`^\\s*(public|private|protected|static|final|\\s)*[\\w<>\\[\\],.? ]+\\s+${name}\\s*\\(`)) ?? firstLine(code, /^\s*(public\s+)?class\s+Solution\b/);
  },
  find,
  prepare,
};
