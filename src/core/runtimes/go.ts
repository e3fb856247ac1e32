// Go: the person's file, the harness (harness/harness.go) and glue generated from the drill's
// signature are built into one program with one `go build`, cached by content, and run as one
// process per run. Solutions follow LeetCode's conventions: `func pairWithSum(nums []int, target
// int) []int`, with or without a `package main` line; design drills as `func Constructor(capacity
// int) LRUCache` plus exported methods (`Get`, `Put`). Records (TreeNode…) are declared by the judge.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Question } from '../model';
import goHarness from './harness/harness.go';
import { printType, typesIn, type FunctionSignature, type Param, type RecordDecl, type RecordField, type Signature, type Type } from '../types';
import { blockCommentHeader, escape, firstLine, supportsProgram } from './starter';
import { DEFAULT_CHANNELS, scrubbedEnv, ToolchainMissing, type CompileFailure, type PrepareContext, type ProcessPlan, type Runtime, type Toolchain, type ToolchainContext } from './types';

/** The oldest Go whose language and library the harness uses (min/max builtins, debug.SetMemoryLimit). */
const MIN_MINOR = 21;
/** Room the Go runtime needs beyond the person's data, on top of the address space the bare program holds. */
const GO_HEADROOM_MB = 64;
/** A first build compiles the standard library into the build cache: minutes on a slow machine. */
const BUILD_TIMEOUT_MS = 300_000;
const SOURCE = 'solution.go';
export const BUILD_FLAGS = ['-trimpath', '-ldflags=-s -w'];

// ---- types ----

/**
 * The Go spelling of a type. `T?` is `*T`, except for slices, maps and `any`, which hold nil already.
 * A tuple of one type is a slice of it; a tuple of different types is `[]any`, one item per position.
 */
export function goType(t: Type): string {
  switch (t.kind) {
    case 'int':
      return 'int';
    case 'long':
      return 'int64';
    case 'float':
      return 'float64';
    case 'bool':
      return 'bool';
    case 'string':
      return 'string';
    case 'json':
      return 'any';
    case 'void':
      return '';
    case 'list':
      return `[]${goType(t.element)}`;
    case 'set':
      return `map[${goType(t.element)}]bool`;
    case 'map':
      return `map[${goType(t.key)}]${goType(t.value)}`;
    case 'nullable':
      return nilable(t.inner) ? goType(t.inner) : `*${goType(t.inner)}`;
    case 'record':
      return t.name;
    case 'tuple': {
      const element = tupleElement(t);
      return element ? `[]${goType(element)}` : '[]any';
    }
  }
}

/**
 * The one type every item of a tuple has (`tuple<int, int, int>` → int), or undefined when they
 * differ. Go takes such a tuple as a slice, as LeetCode's Go does (`edges [][]int`); a tuple whose
 * items differ is a `[]any` (`[]any{int64(150), "b"}` for `tuple<long, string>`).
 */
export function tupleElement(t: Extract<Type, { kind: 'tuple' }>): Type | undefined {
  const first = t.items[0];
  if (!first) return undefined;
  const key = printType(first);
  return t.items.every((x) => printType(x) === key) ? first : undefined;
}

/** Types whose Go form has nil already. */
function nilable(t: Type): boolean {
  return t.kind === 'list' || t.kind === 'set' || t.kind === 'map' || t.kind === 'json' || t.kind === 'nullable';
}

/** Why Go cannot take a type: it takes every type of the type language (a tuple of different types as `[]any`). */
function cannotExpress(): string | undefined {
  return undefined;
}

/** The tuples of different types a signature uses, each once: the starter says how Go holds them. */
function mixedTuples(sig: Signature): Extract<Type, { kind: 'tuple' }>[] {
  const seen = new Map<string, Extract<Type, { kind: 'tuple' }>>();
  for (const t of typesIn(sig)) if (t.kind === 'tuple' && !tupleElement(t) && !seen.has(printType(t))) seen.set(printType(t), t);
  return [...seen.values()];
}

/** A record field's exported Go name: `val` → `Val`, `Content-Type` → `Content_Type`. */
export function goFieldName(name: string): string {
  let s = name.replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z]/.test(s)) s = `F${s}`;
  return s[0]!.toUpperCase() + s.slice(1);
}

/** Exported method name: `get` → `Get`. */
export function goMethodName(name: string): string {
  return name[0]!.toUpperCase() + name.slice(1);
}

/** An optional field may be absent: a pointer (or a nil slice or map). */
function fieldType(f: RecordField): string {
  return f.optional && !nilable(f.type) ? `*${goType(f.type)}` : goType(f.type);
}

function fieldNames(r: RecordDecl): string[] {
  const used = new Set<string>();
  return r.fields.map((f) => {
    let n = goFieldName(f.name);
    while (used.has(n)) n += '_';
    used.add(n);
    return n;
  });
}

function recordDecl(r: RecordDecl): string[] {
  const names = fieldNames(r);
  const width = Math.max(0, ...names.map((n) => n.length));
  return [`type ${r.name} struct {`, ...r.fields.map((f, i) => `\t${names[i]!.padEnd(width)} ${fieldType(f)}`), '}'];
}

/** A Go expression of a type's zero value, so a starter compiles as it is. */
function zero(t: Type): string {
  switch (t.kind) {
    case 'int':
    case 'long':
    case 'float':
      return '0';
    case 'bool':
      return 'false';
    case 'string':
      return '""';
    case 'record':
      return `${t.name}{}`;
    default:
      return 'nil';
  }
}

function params(ps: readonly Param[]): string {
  return ps.map((p) => `${p.name} ${goType(p.type)}`).join(', ');
}

function funcLine(prefix: string, fn: FunctionSignature, name: string): string {
  const ret = goType(fn.returns);
  return `${prefix}${name}(${params(fn.params)})${ret ? ` ${ret}` : ''} {`;
}

// ---- the starter ----

function starter(q: Question): string {
  const header = blockCommentHeader(q);
  const own = q.starter.go;
  if (own) return [...header, own].join('\n');
  const sig = q.signature;
  if (!sig) return [...header, `func ${q.function ?? 'solve'}() {`, '}', ''].join('\n');
  const records = sig.records.length === 0 ? [] : ['// The judge declares these types (declare them yourself only with the same fields):', ...sig.records.flatMap((r) => [...recordDecl(r).map((l) => `// ${l.replace(/\t/g, '    ')}`), '//']).slice(0, -1), ''];
  const tuples = mixedTuples(sig);
  const tupleNotes = tuples.length === 0 ? [] : [...tuples.map((t) => `// ${printType(t)} is a []any with its items in order: []any{${t.items.map(goType).join(', ')}}.`), ''];
  const body = (returns: Type): string[] => (returns.kind === 'void' ? [] : [`\treturn ${zero(returns)}`]);
  if (sig.kind === 'function') {
    const fn = sig.function;
    return [...header, ...records, ...tupleNotes, funcLine('func ', fn, fn.name), ...body(fn.returns), '}', ''].join('\n');
  }
  return [
    ...header,
    ...records,
    ...tupleNotes,
    `type ${sig.className} struct {`,
    '}',
    '',
    `func Constructor(${params(sig.constructorParams)}) ${sig.className} {`,
    `\treturn ${sig.className}{}`,
    '}',
    ...sig.methods.flatMap((m) => ['', funcLine(`func (this *${sig.className}) `, m, goMethodName(m.name)), ...body(m.returns), '}']),
    '',
  ].join('\n');
}

function entryLine(code: string, q: Question): number | undefined {
  if (q.className) return firstLine(code, new RegExp(`^\\s*type\\s+${escape(q.className)}\\b`)) ?? firstLine(code, /^\s*func\s+Constructor\b/);
  return firstLine(code, new RegExp(`^\\s*func\\s+${escape(q.function ?? '')}\\s*[(\\[]`));
}

// ---- the glue: typed decoding, the call, typed encoding ----

/** Generates drills_glue.go for a signature. Records the person declared themselves are not declared again. */
export function glue(sig: Signature, declaredByPerson: ReadonlySet<string> = new Set()): string {
  const records = new Map(sig.records.map((r) => [r.name, r]));
  const decoders = new Map<string, string>();
  const encoders = new Map<string, string>();
  const bodies: string[] = [];

  const dec = (t: Type): string => {
    const key = printType(t);
    const known = decoders.get(key);
    if (known) return known;
    const name = `drillsD${decoders.size}`;
    decoders.set(key, name);
    const T = goType(t);
    const slice = (element: Type): string[] => ['l := drillsList(v)', `out := make(${T}, len(l))`, `for i, x := range l {`, `\tout[i] = ${dec(element)}(x)`, '}', 'return out'];
    let body: string[];
    switch (t.kind) {
      case 'int':
        body = ['return drillsInt(v)'];
        break;
      case 'long':
        body = ['return drillsLong(v)'];
        break;
      case 'float':
        body = ['return drillsFloat(v)'];
        break;
      case 'bool':
        body = ['return drillsBool(v)'];
        break;
      case 'string':
        body = ['return drillsString(v)'];
        break;
      case 'json':
        body = ['return drillsJSON(v)'];
        break;
      case 'list':
        body = slice(t.element);
        break;
      case 'tuple': {
        // A tuple of one type is a slice, as a list is; one of different types a []any, each item
        // decoded by its own declared type. A null item is a plain nil (not a nil *T, which would
        // not equal nil in the []any).
        const element = tupleElement(t);
        if (element) {
          body = slice(element);
          break;
        }
        const n = t.items.length;
        body = [
          'l := drillsList(v)',
          `if len(l) != ${n} {`,
          `\tdrillsBad("%s is not a tuple of ${n} items", drillsShow(v))`,
          '}',
          `out := []any{${t.items.map((it, i) => (it.kind === 'nullable' ? 'nil' : `${dec(it)}(l[${i}])`)).join(', ')}}`,
          ...t.items.flatMap((it, i) => (it.kind === 'nullable' ? [`if !drillsIsNull(l[${i}]) {`, `\tout[${i}] = ${dec(it)}(l[${i}])`, '}'] : [])),
          'return out',
        ];
        break;
      }
      case 'set':
        body = ['l := drillsList(v)', `out := make(${T}, len(l))`, 'for _, x := range l {', `\tout[${dec(t.element)}(x)] = true`, '}', 'return out'];
        break;
      case 'map': {
        const key = t.key.kind === 'string' ? 'drillsString(p[0])' : t.key.kind === 'long' ? 'drillsIntKey(p[0], 64)' : 'int(drillsIntKey(p[0], 32))';
        body = ['ps := drillsPairs(v)', `out := make(${T}, len(ps))`, 'for _, p := range ps {', `\tout[${key}] = ${dec(t.value)}(p[1])`, '}', 'return out'];
        break;
      }
      case 'nullable':
        body = nilable(t.inner) ? ['if drillsIsNull(v) {', '\treturn nil', '}', `return ${dec(t.inner)}(v)`] : ['if drillsIsNull(v) {', '\treturn nil', '}', `x := ${dec(t.inner)}(v)`, 'return &x'];
        break;
      case 'record': {
        const r = records.get(t.name)!;
        const names = fieldNames(r);
        body = [
          `var out ${t.name}`,
          'for _, p := range drillsPairs(v) {',
          '\tswitch drillsString(p[0]) {',
          ...r.fields.flatMap((f, i) =>
            f.optional && !nilable(f.type)
              ? [`\tcase ${JSON.stringify(f.name)}:`, `\t\tx := ${dec(f.type)}(p[1])`, `\t\tout.${names[i]!} = &x`]
              : [`\tcase ${JSON.stringify(f.name)}:`, `\t\tout.${names[i]!} = ${dec(f.type)}(p[1])`],
          ),
          '\t}',
          '}',
          'return out',
        ];
        break;
      }
      case 'void':
        body = ['return'];
        break;
    }
    bodies.push(`func ${name}(v any) ${T} {`, ...body.map((l) => `\t${l}`), '}', '');
    return name;
  };

  const entry = (t: Type, v: string): string => {
    switch (t.kind) {
      case 'string':
        return `drillsEntry{str: ${v}, isStr: true}`;
      default:
        return `drillsEntry{num: int64(${v})}`;
    }
  };

  const enc = (t: Type): string => {
    const key = printType(t);
    const known = encoders.get(key);
    if (known) return known;
    const name = `drillsE${encoders.size}`;
    encoders.set(key, name);
    const slice = (element: Type): string[] => ['o.raw("[")', 'for i, x := range v {', '\to.Comma(i)', `\t${enc(element)}(o, x)`, '}', 'o.raw("]")'];
    let body: string[];
    switch (t.kind) {
      case 'int':
      case 'long':
        body = ['o.Int(int64(v))'];
        break;
      case 'float':
        body = ['o.Float(v)'];
        break;
      case 'bool':
        body = ['o.Bool(v)'];
        break;
      case 'string':
        body = ['o.Str(v)'];
        break;
      case 'json':
        body = ['o.JSON(v, 0)'];
        break;
      case 'list':
        body = slice(t.element);
        break;
      case 'tuple': {
        const element = tupleElement(t);
        if (element) {
          body = slice(element);
          break;
        }
        // A tuple of different types ([]any): every item the slice holds, as what it is at run
        // time. An item of its position's declared Go type goes through that type's encoder (a
        // record, an []int64…); any other (an int where long is declared, a string where int is)
        // as plain data, and the parent judges its kind. Nothing is converted here.
        const typed = t.items.flatMap((it, i) => (it.kind === 'json' ? [] : [`\tcase ${i}:`, `\t\tif y, ok := x.(${goType(it)}); ok {`, `\t\t\t${enc(it)}(o, y)`, '\t\t\tcontinue', '\t\t}']));
        body = ['o.raw("[")', 'for i, x := range v {', '\to.Comma(i)', ...(typed.length > 0 ? ['\tswitch i {', ...typed, '\t}'] : []), '\to.JSON(x, 0)', '}', 'o.raw("]")'];
        break;
      }
      case 'set':
        body = ['es := make([]drillsEntry, 0, len(v))', 'for k, in := range v {', '\tif in {', `\t\tes = append(es, ${entry(t.element, 'k')})`, '\t}', '}', 'o.Set(es)'];
        break;
      case 'map': {
        const e = entry(t.key, 'k');
        body = ['es := make([]drillsEntry, 0, len(v))', 'for k, x := range v {', '\tx := x', `\te := ${e}`, `\te.value = func(o *drillsOut) { ${enc(t.value)}(o, x) }`, '\tes = append(es, e)', '}', 'o.Map(es)'];
        break;
      }
      case 'nullable':
        body = ['if v == nil {', '\to.Null()', '\treturn', '}', nilable(t.inner) ? `${enc(t.inner)}(o, v)` : `${enc(t.inner)}(o, *v)`];
        break;
      case 'record': {
        const r = records.get(t.name)!;
        const names = fieldNames(r);
        body = [
          `o.Fields([]string{${r.fields.map((f) => JSON.stringify(f.name)).join(', ')}},`,
          `\t[]bool{${r.fields.map((f, i) => (f.optional ? `v.${names[i]!} != nil` : 'true')).join(', ')}},`,
          '\t[]func(o *drillsOut){',
          ...r.fields.map((f, i) => `\t\tfunc(o *drillsOut) { ${enc(f.type)}(o, ${f.optional && !nilable(f.type) ? '*' : ''}v.${names[i]!}) },`),
          '\t})',
        ];
        break;
      }
      case 'void':
        body = ['o.Null()'];
        break;
    }
    bodies.push(`func ${name}(o *drillsOut, v ${goType(t)}) {`, ...body.map((l) => `\t${l}`), '}', '');
    return name;
  };

  const call = (target: string, fn: Pick<FunctionSignature, 'params' | 'returns'>, args: string, indent: string): string[] => {
    const list = fn.params.map((_, i) => `${args}${i}`).join(', ');
    if (fn.returns.kind === 'void') return [`${indent}${target}(${list})`, `${indent}res = func(o *drillsOut) { o.Null() }`];
    return [`${indent}r := ${target}(${list})`, `${indent}res = func(o *drillsOut) { ${enc(fn.returns)}(o, r) }`];
  };
  const decodeArgs = (ps: readonly Param[], from: string, to: string, indent: string): string[] => [
    `${indent}if len(${from}) != ${ps.length} {`,
    `${indent}\tdrillsBad("expected ${ps.length} argument(s), got %d", len(${from}))`,
    `${indent}}`,
    ...ps.map((p, i) => `${indent}${to}${i} := ${dec(p.type)}(${from}[${i}])`),
  ];

  const main: string[] = [];
  if (sig.kind === 'function') {
    const fn = sig.function;
    main.push(
      // Every call of the timing decodes its own arguments before "ready" (PROTOCOL.md, reps); the last one's value is reported.
      'func drillsCall(reps int, args []any) (res func(o *drillsOut)) {',
      ...fn.params.map((p, i) => `\ta${i}s := make([]${goType(p.type)}, reps)`),
      '\tfor k := 0; k < reps; k++ {',
      ...decodeArgs(fn.params, 'args', 'a', '\t\t'),
      ...(fn.params.length > 0 ? [`\t\t${fn.params.map((_, i) => `a${i}s[k]`).join(', ')} = ${fn.params.map((_, i) => `a${i}`).join(', ')}`] : []),
      '\t}',
      '\tdrillsReady()',
      '\tfor k := 0; k < reps-1; k++ {',
      `\t\t${fn.returns.kind === 'void' ? '' : '_ = '}${fn.name}(${fn.params.map((_, i) => `a${i}s[k]`).join(', ')})`,
      '\t}',
      ...(fn.params.length > 0 ? [`\t${fn.params.map((_, i) => `a${i}`).join(', ')} := ${fn.params.map((_, i) => `a${i}s[reps-1]`).join(', ')}`] : []),
      ...call(fn.name, fn, 'a', '\t'),
      '\tdrillsReturned()',
      '\treturn res',
      '}',
      '',
      'func drillsOps(ops []string, args [][]any) func(o *drillsOut) {',
      '\tdrillsBad("this drill calls a function, not a class")',
      '\treturn nil',
      '}',
    );
  } else {
    const steps = sig.methods.map((m, k) => ({ m, type: `drillsArgs${k}` }));
    for (const s of steps) main.push(`type ${s.type} struct {`, ...s.m.params.map((p, i) => `\ta${i} ${goType(p.type)}`), '}', '');
    main.push(
      'func drillsCall(reps int, args []any) func(o *drillsOut) {',
      '\tdrillsBad("this drill is a class: its cases are operations")',
      '\treturn nil',
      '}',
      '',
      'func drillsOps(ops []string, args [][]any) func(o *drillsOut) {',
      '\tsteps := make([]any, len(ops))',
      '\tfor k := 1; k < len(ops); k++ {',
      '\t\tswitch ops[k] {',
      ...steps.flatMap((s) => [
        `\t\tcase ${JSON.stringify(s.m.name)}:`,
        ...decodeArgs(s.m.params, 'args[k]', 'a', '\t\t\t'),
        `\t\t\tsteps[k] = ${s.type}{${s.m.params.map((_, i) => `a${i}`).join(', ')}}`,
      ]),
      '\t\tdefault:',
      `\t\t\tdrillsBad("${sig.className} has no method %q", ops[k])`,
      '\t\t}',
      '\t}',
      ...decodeArgs(sig.constructorParams, 'args[0]', 'c', '\t'),
      '\tdrillsReady()',
      `\tobj := Constructor(${sig.constructorParams.map((_, i) => `c${i}`).join(', ')})`,
      '\tresults := make([]func(o *drillsOut), len(ops))',
      '\tresults[0] = func(o *drillsOut) { o.Null() }',
      '\tfor k := 1; k < len(ops); k++ {',
      '\t\tvar res func(o *drillsOut)',
      '\t\tswitch a := steps[k].(type) {',
      ...steps.flatMap((s) => [`\t\tcase ${s.type}:`, ...(s.m.params.length === 0 ? ['\t\t\t_ = a'] : []), ...call(`obj.${goMethodName(s.m.name)}`, s.m, 'a.a', '\t\t\t')]),
      '\t\t}',
      '\t\tresults[k] = res',
      '\t}',
      '\tdrillsReturned()',
      '\treturn func(o *drillsOut) {',
      '\t\to.raw("[")',
      '\t\tfor k, r := range results {',
      '\t\t\to.Comma(k)',
      '\t\t\tr(o)',
      '\t\t}',
      '\t\to.raw("]")',
      '\t}',
      '}',
    );
  }
  const types = sig.records.filter((r) => !declaredByPerson.has(r.name)).flatMap((r) => [...recordDecl(r), '']);
  return ['// Generated by Interview Drills from the drill\'s signature: decodes the arguments, calls the solution, encodes the result.', 'package main', '', ...types, ...main, '', ...bodies].join('\n');
}

// ---- the person's file ----

/**
 * The person's file as one file of package main, with its lines where they were: a `package` line
 * becomes `package main`; without one, `package main` and a line directive go first (so the
 * compiler and stack traces count from the person's first line); a `func main()` of their own is
 * renamed to `_` (the harness has the program's main).
 */
export function asMainPackage(code: string): string {
  const lines = code.split('\n');
  let inBlock = false;
  let pkg = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.trim();
    if (inBlock) {
      if (l.includes('*/')) inBlock = false;
      continue;
    }
    if (l === '' || l.startsWith('//')) continue;
    if (l.startsWith('/*')) {
      inBlock = !l.slice(2).includes('*/');
      continue;
    }
    if (/^package\s+[A-Za-z_]\w*/.test(l)) pkg = i;
    break;
  }
  const body = lines.map((l) => l.replace(/^func\s+main\s*\(\s*\)/, 'func _()'));
  if (pkg >= 0) {
    body[pkg] = body[pkg]!.replace(/package\s+[A-Za-z_]\w*/, 'package main');
    return body.join('\n');
  }
  return `package main\n//line ${SOURCE}:1\n${body.join('\n')}`;
}

/** Record types the person declared themselves (`type TreeNode struct`). */
function declaredTypes(code: string, sig: Signature): Set<string> {
  return new Set(sig.records.filter((r) => new RegExp(`^\\s*type\\s+${escape(r.name)}\\s+struct\\b`, 'm').test(code)).map((r) => r.name));
}

// ---- compile errors ----

interface GoError {
  readonly file: string;
  readonly line: number;
  readonly column?: number;
  readonly message: string;
}

function parseErrors(stderr: string): GoError[] {
  const out: GoError[] = [];
  for (const l of stderr.split(/\r?\n/)) {
    const m = /^(?:\.[\\/])?([^:\s]+\.go):(\d+)(?::(\d+))?:\s*(.*)$/.exec(l.trim());
    if (m) out.push({ file: path.basename(m[1]!), line: Number(m[2]), ...(m[3] ? { column: Number(m[3]) } : {}), message: m[4]! });
  }
  return out;
}

/** A compiler failure in the person's terms: their file and line, or what their code must declare. */
export function compileFailure(stderr: string, q: Question, code: string): CompileFailure {
  const errors = parseErrors(stderr);
  const own = errors.filter((e) => e.file === SOURCE);
  if (own.length > 0) {
    const first = own[0]!;
    const text = [first.message, ...own.slice(1, 10).map((e) => `line ${e.line}: ${e.message}`)].join('\n');
    return { kind: 'compile-error', message: text, line: first.line, ...(first.column !== undefined ? { column: first.column } : {}) };
  }
  const sig = q.signature;
  const glueError = errors.find((e) => e.file === 'drills_glue.go');
  if (glueError && sig) {
    const line = entryLine(code, q);
    const at = line !== undefined ? { line } : {};
    const m = glueError.message;
    if (sig.kind === 'function') {
      const fn = sig.function;
      const want = `func ${fn.name}(${params(fn.params)})${fn.returns.kind === 'void' ? '' : ` ${goType(fn.returns)}`}`;
      if (new RegExp(`undefined: ${escape(fn.name)}\\b`).test(m)) return { kind: 'compile-error', message: `no function named "${fn.name}" was found: declare it at the top level of your file (${want} { … })`, ...at };
      return { kind: 'compile-error', message: `"${fn.name}" does not have the drill's signature: it must be ${want} (${m})`, ...at };
    }
    const ctor = `func Constructor(${params(sig.constructorParams)}) ${sig.className}`;
    if (/undefined: Constructor\b/.test(m)) return { kind: 'compile-error', message: `no constructor was found: declare ${ctor} { … }`, ...at };
    const method = /has no field or method (\w+)/.exec(m)?.[1];
    const decl = sig.methods.find((x) => goMethodName(x.name) === method);
    if (decl) return { kind: 'compile-error', message: `${sig.className} has no method ${method!}: declare ${funcLine(`func (this *${sig.className}) `, decl, method!).slice(0, -2)} (exported: a capital first letter)`, ...at };
    const record = sig.records.find((r) => m.includes(r.name));
    if (record) return { kind: 'compile-error', message: `your ${record.name} does not match the one the judge declares (${recordDecl(record).join(' ').replace(/\s+/g, ' ')}): ${m}`, ...at };
    return { kind: 'compile-error', message: `your code does not match the drill's signature (${ctor}, methods ${sig.methods.map((x) => goMethodName(x.name)).join(', ')}): ${m}`, ...at };
  }
  const text = stderr.split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#')).slice(0, 10).join('\n');
  return { kind: 'compile-error', message: text || 'go build failed' };
}

// ---- the toolchain ----

/** The real `go` binary under GOROOT (a version manager's shim costs a start each time), and its version. */
async function find(ctx: ToolchainContext): Promise<Toolchain> {
  const configured = ctx.configured(go);
  const candidate = configured ?? 'go';
  if (ctx.platform.os === 'win32') throw new ToolchainMissing('Go solutions run on Linux and macOS for now; Windows is not supported yet.');
  try {
    return await ctx.memo(`go:${candidate}`, async () => {
      const r = await ctx.probe(candidate, ['env', 'GOROOT', 'GOVERSION']);
      const [root, version] = r.stdout.trim().split(/\r?\n/).map((s) => s.trim());
      if (!r.ok || !root || !version) throw new Error(r.stderr.trim() || `${candidate} did not answer "go env"`);
      const minor = /^go1\.(\d+)/.exec(version)?.[1];
      if (minor !== undefined && Number(minor) < MIN_MINOR) throw new ToolchainMissing(`${version} is too old: install Go 1.${MIN_MINOR} or newer, or set ${ctx.settingName(go)}.`);
      const bin = path.join(root, 'bin', 'go');
      return { command: bin, version } satisfies Toolchain;
    });
  } catch (e) {
    if (e instanceof ToolchainMissing) throw e;
    if (configured) throw new ToolchainMissing(`Go was not found at "${configured}" (${ctx.settingName(go)}). Point it at the go command of Go 1.${MIN_MINOR} or newer, or clear it to use go from PATH.`);
    throw new ToolchainMissing(`Go was not found (tried go from PATH). Install Go 1.${MIN_MINOR} or newer, or set ${ctx.settingName(go)}.`);
  }
}

/** Where the Go build cache lives: beside the judge's builds, so the standard library compiles once. */
function goCacheRoot(cacheDir: string | undefined): string {
  return cacheDir ? path.join(cacheDir, 'go') : path.join(os.tmpdir(), 'interview-drills-go');
}

/** The environment of `go build`: a private cache and GOPATH, no network, no module lookups, no cgo. */
export function buildEnv(cacheRoot: string): NodeJS.ProcessEnv {
  const keep: NodeJS.ProcessEnv = {};
  for (const k of ['PATH', 'LANG', 'LC_ALL', 'TZ']) if (process.env[k] !== undefined) keep[k] = process.env[k];
  return {
    ...keep,
    HOME: cacheRoot,
    GOCACHE: path.join(cacheRoot, 'cache'),
    GOPATH: path.join(cacheRoot, 'path'),
    GOENV: 'off',
    GOFLAGS: '',
    GOPROXY: 'off',
    GOSUMDB: 'off',
    GOTOOLCHAIN: 'local',
    GOTELEMETRY: 'off',
    GOWORK: 'off',
    GO111MODULE: '',
    CGO_ENABLED: '0',
  };
}

/** The program's file name in the build folder. */
const PROGRAM = 'solution';

async function prepare(ctx: PrepareContext): Promise<ProcessPlan | CompileFailure> {
  const q = ctx.question;
  const sig = q.signature;
  if (!sig) return { kind: 'compile-error', message: `"${q.id}" has no typed signature, which Go needs to call it` };
  // Loaded on first use: listing drills must not load the build machinery (crypto, child_process).
  const { cachedBuild, contentKey, runTool } = await import('./compiled');
  const source = asMainPackage(ctx.code);
  const glueSource = glue(sig, declaredTypes(ctx.code, sig));
  const cacheRoot = goCacheRoot(ctx.cacheDir);
  const key = contentKey(['go', ctx.toolchain.version ?? '', ctx.toolchain.command, BUILD_FLAGS.join(' '), goHarness, glueSource, source]);
  const built = await cachedBuild<CompileFailure>({
    cacheDir: ctx.cacheDir,
    key,
    fallbackDir: ctx.dir,
    build: async (out) => {
      await Promise.all([fs.writeFile(path.join(out, SOURCE), source), fs.writeFile(path.join(out, 'drills_harness.go'), goHarness), fs.writeFile(path.join(out, 'drills_glue.go'), glueSource)]);
      const r = await runTool(ctx.toolchain.command, ['build', ...BUILD_FLAGS, '-o', PROGRAM, SOURCE, 'drills_harness.go', 'drills_glue.go'], { cwd: out, env: buildEnv(cacheRoot), timeoutMs: BUILD_TIMEOUT_MS });
      if (r.timedOut) return { kind: 'compile-error', message: `go build took longer than ${BUILD_TIMEOUT_MS / 1000} s` };
      if (r.code !== 0) return compileFailure(r.stderr || r.stdout, q, ctx.code);
      return undefined;
    },
  });
  if (built.failure) return built.failure;
  const linux = ctx.platform.os === 'linux';
  return {
    command: path.join(built.dir, PROGRAM),
    args: [],
    env: scrubbedEnv(ctx.dir, { GOTRACEBACK: 'none', GODEBUG: '' }),
    cwd: ctx.dir,
    config: {
      file: SOURCE,
      entry: q.className ?? q.function,
      isClass: q.className !== undefined,
      heapMb: ctx.memoryMb,
      wire: 2,
      // Linux enforces an address-space limit; elsewhere the harness watches its resident memory.
      memory: linux ? { addressSpaceMb: ctx.memoryMb + GO_HEADROOM_MB } : { rssMb: ctx.memoryMb + GO_HEADROOM_MB },
    },
    channels: DEFAULT_CHANNELS,
    startsAhead: true,
  };
}

export const go: Runtime = {
  id: 'go',
  label: 'Go',
  // Measure's copies of an input: an int in a slice with room for what decoding leaves to collect, a string, a slice header.
  valueCost: { number: 16, string: 40, list: 32 },
  description: 'uses your Go toolchain (1.21 or newer)',
  extensions: ['.go'],
  solutionFileName: SOURCE,
  kinds: ['coding'],
  setting: 'interviewDrills.goPath',
  comments: { line: '//', block: ['/*', '*/'] },
  sourceLanguages: ['go'],
  supports: (q) => supportsProgram(q, go, cannotExpress),
  starter,
  entryLine,
  find,
  prepare,
};
