import { constants as fsConstants, promises as fs, type Stats } from 'fs';
import type { FileHandle } from 'fs/promises';
import { isAlias, isMap, isScalar, isSeq, Scalar, type Document, type LineCounter, type Node } from 'yaml';
import {
  COMPARE_MODES,
  DEFAULT_LIMITS,
  DIFFICULTIES,
  KIND_IDS,
  TOPICS,
  VERDICTS,
  type ClarifyingNote,
  type CompareMode,
  type Concept,
  type Diagnostic,
  type Kind,
  type Language,
  type PackSource,
  type Question,
  type RubricItem,
  type Scaling,
  type TestCase,
  type Verdict,
} from '../model';
import { LANGUAGES, runtimesFor } from '../runtimes';
import { solutionPathProblem } from './solutions';
import { isStackOverflow, MAX_ALIASES, MAX_FILE_BYTES, parseYamlSafely, TOO_DEEP } from './yamlSafe';
import { callProblems, opsProblems, parsePreconditions } from './preconditions';
import { KINDS } from '../kinds';
import { rubricDimensions } from '../rubric';
import { checkValue, describeValue, formatValuePath, parseSignature, parseType, printParams, printType, type Param, type Signature, type SignatureProblem, type Type, type ValueStep } from '../types';

export interface LoadResult {
  readonly question?: Question;
  readonly diagnostics: readonly Diagnostic[];
}

type Path = readonly (string | number)[];
type Dict = Record<string, unknown>;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const SOLUTION_LANGUAGES: readonly Language[] = LANGUAGES;

export const KNOWN_FIELDS = new Set([
  'id', 'title', 'topic', 'kind', 'difficulty', 'minutes', 'prompt', 'tags', 'languages', 'hints', 'signature', 'function', 'params', 'class',
  'starter', 'tests', 'compare', 'tolerance', 'checker', 'limits', 'schema', 'complexity', 'scaling',
  'clarifications', 'rubric', 'concepts', 'outline', 'solutions', 'wrong', 'alternatives', 'preconditions', 'relation',
]);
export const TEST_FIELDS = new Set([
  'name', 'args', 'expected', 'hidden', 'ops', 'script', 'returns', 'setup', 'query', 'ordered', 'statement', 'expect', 'size', 'expectedSha256', 'plan',
]);

/** Collects diagnostics while validating one parsed document; positions come from the YAML nodes. */
class Checker {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly file: string,
    private readonly doc: Document.Parsed,
    private readonly lines: LineCounter,
    private readonly text: string,
  ) {}

  error(path: Path, message: string): void {
    this.report(path, message, 'error');
  }

  /** The diagnostics in file order, as a reader goes through the file. */
  sorted(): Diagnostic[] {
    return [...this.diagnostics].sort((a, b) => a.line - b.line || a.col - b.col);
  }

  warn(path: Path, message: string): void {
    this.report(path, message, 'warning');
  }

  private report(path: Path, message: string, severity: 'error' | 'warning', at?: { line: number; col: number }): void {
    const { line, col } = at ?? this.position(path);
    this.diagnostics.push({ file: this.file, line, col, message, severity });
  }

  /** 1-based line of the node at `path` (or of its nearest existing parent). */
  lineOf(path: Path): number {
    return this.position(path).line;
  }

  /**
   * An error at character `offset` of the string at `path` (a signature or a type), when the string
   * is written on one line without escapes; else at the string's start.
   */
  errorInText(path: Path, offset: number | undefined, message: string): void {
    const node = this.doc.getIn(path, true);
    if (offset === undefined || !isScalar(node) || !node.range || typeof node.value !== 'string') return this.report(path, message, 'error');
    const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
    const start = node.range[0] + (quoted ? 1 : 0);
    const literal = (quoted || node.type === Scalar.PLAIN) && this.text.slice(start, start + node.value.length) === node.value;
    this.report(path, message, 'error', this.lines.linePos(literal ? start + offset : node.range[0]));
  }

  /**
   * An error about the part of the case value at `path` that `steps` lead to (list positions, map
   * keys), at that part's own line and column; `onKey` points at a map key instead of its value.
   */
  errorInValue(path: Path, steps: readonly ValueStep[], onKey: boolean, message: string): void {
    let node: unknown = this.doc.getIn(path, true);
    let at: Node | undefined = node as Node | undefined;
    for (const [i, step] of steps.entries()) {
      if (isAlias(node)) node = node.resolve(this.doc);
      if (isSeq(node) && typeof step === 'number') node = node.items[step];
      else if (isMap(node)) {
        const pair = node.items.find((p) => sameKey(exactValue(p.key, this.doc), step));
        node = onKey && i === steps.length - 1 ? pair?.key : pair?.value;
      } else break;
      if (!node) break;
      at = node as Node;
    }
    const offset = at?.range?.[0];
    this.report(path, message, 'error', offset !== undefined ? this.lines.linePos(offset) : undefined);
  }

  /** The case value at `path` read exactly: integers as bigint, floats as numbers, maps as Map with typed keys. */
  exact(path: Path): unknown {
    return exactValue(this.doc.getIn(path, true), this.doc);
  }

  /** Position of the deepest existing node on `path`: a field's key, else its value, else its parent. */
  private position(path: Path): { line: number; col: number } {
    for (let n = path.length; n >= 0; n--) {
      const offset = this.offsetOf(path.slice(0, n));
      if (offset !== undefined) return this.lines.linePos(offset);
    }
    return { line: 1, col: 1 };
  }

  private offsetOf(path: Path): number | undefined {
    if (path.length === 0) return this.doc.contents?.range?.[0];
    const parentPath = path.slice(0, -1);
    const last = path[path.length - 1];
    const parent = parentPath.length === 0 ? this.doc.contents : this.doc.getIn(parentPath, true);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => (p.key as { value?: unknown } | null)?.value === last);
      return (pair?.key as Node | null | undefined)?.range?.[0];
    }
    if (isSeq(parent) && typeof last === 'number') {
      return (parent.items[last] as Node | null | undefined)?.range?.[0];
    }
    return undefined;
  }
}

const DECIMAL_INT = /^[-+]?[0-9]+$/;
const PREFIXED_INT = /^0x[0-9a-fA-F]+$|^0o[0-7]+$/;

/**
 * A YAML node's value read exactly: an integer literal becomes a bigint (beyond 2^53 too), any other
 * number stays a float, and a map becomes a Map whose keys keep their type.
 */
function exactValue(node: unknown, doc: Document.Parsed, depth = 0): unknown {
  if (depth > 200) return null;
  if (isAlias(node)) return exactValue(node.resolve(doc), doc, depth + 1);
  if (isScalar(node)) {
    const v = node.value;
    if (typeof v !== 'number') return v;
    const src = (node.source ?? '').replace(/^\+/, '');
    return DECIMAL_INT.test(src) || PREFIXED_INT.test(src) ? BigInt(src) : v;
  }
  if (isSeq(node)) return node.items.map((x) => exactValue(x, doc, depth + 1));
  if (isMap(node)) return new Map(node.items.map((p) => [exactValue(p.key, doc, depth + 1), exactValue(p.value, doc, depth + 1)]));
  return null;
}

/**
 * A case with its `args` and `expected` read exactly: integers beyond 2^53 as bigints (never rounded
 * through a double), `-0` as the integer 0; other values as the rest of the file is read (a map as an
 * object with string keys: the declared type gives the keys their type when the case is run).
 */
function exactCase(item: Dict, c: Checker, at: Path): Dict {
  const out: Dict = { ...item };
  for (const key of ['args', 'expected'] as const) if (key in item && item[key] !== undefined) out[key] = judgeData(c.exact([...at, key]));
  return out;
}

function judgeData(v: unknown): unknown {
  if (typeof v === 'bigint') return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  if (Array.isArray(v)) return v.map(judgeData);
  if (v instanceof Map) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of v) Object.defineProperty(o, typeof k === 'number' && Object.is(k, -0) ? '0' : String(k), { value: judgeData(x), enumerable: true, writable: true, configurable: true });
    return o;
  }
  return v;
}

function sameKey(a: unknown, b: ValueStep): boolean {
  return typeof a === typeof b ? a === b : typeof a === 'bigint' && typeof b === 'string' ? false : String(a) === String(b);
}

function isDict(v: unknown): v is Dict {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a map';
  return `${typeof v} ${JSON.stringify(v)}`;
}

export function parseQuestion(text: string, file: string, source: PackSource): LoadResult {
  const parsed = parseYamlSafely(text);
  if (!parsed.doc || parsed.problems.length > 0) {
    return {
      diagnostics: parsed.problems.map((p) => ({ file, line: p.line, col: p.col, message: p.message, severity: 'error' as const })),
    };
  }
  let data: unknown;
  try {
    data = parsed.doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    return { diagnostics: [{ file, line: 1, col: 1, message: isStackOverflow(e) ? TOO_DEEP : `YAML: ${(e as Error).message}`, severity: 'error' }] };
  }
  const c = new Checker(file, parsed.doc, parsed.lineCounter, text);
  if (!isDict(data)) {
    c.error([], `a question file must be a map of fields, not ${describe(data)}`);
    return { diagnostics: c.diagnostics };
  }
  let question: Question | undefined;
  try {
    question = validate(data, c, file, source);
  } catch (e) {
    if (!isStackOverflow(e)) throw e;
    return { diagnostics: [{ file, line: 1, col: 1, message: TOO_DEEP, severity: 'error' }] };
  }
  const hasErrors = c.diagnostics.some((d) => d.severity === 'error');
  return { question: hasErrors ? undefined : question, diagnostics: c.sorted() };
}

export async function loadQuestionFile(file: string, source: PackSource): Promise<LoadResult> {
  const read = await readQuestionText(file);
  if (typeof read !== 'string') return { diagnostics: [{ file, line: 1, col: 1, message: read.problem, severity: 'error' }] };
  return parseQuestion(read, file, source);
}

function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isDirectory()) return 'a folder';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

/**
 * The text of a question file, read only if it is a regular file within the size limit. The file is
 * opened without blocking and checked on the open handle, so a FIFO or device (or a file swapped for
 * one after a check) cannot make the reader wait forever or read without end.
 */
export async function readQuestionText(file: string): Promise<string | { problem: string }> {
  let handle: FileHandle;
  try {
    handle = await fs.open(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  } catch (e) {
    return { problem: `cannot read file: ${(e as Error).message}` };
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return { problem: `not a regular file (${kindOf(stat)}); a question file must be a regular file` };
    if (stat.size > MAX_FILE_BYTES) return { problem: `file is ${Math.round(stat.size / 1024)} KB; question files are limited to ${MAX_FILE_BYTES / 1024} KB` };
    const buf = Buffer.alloc(MAX_FILE_BYTES + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buf, length, buf.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > MAX_FILE_BYTES) return { problem: `file is over ${MAX_FILE_BYTES / 1024} KB; question files are limited to ${MAX_FILE_BYTES / 1024} KB` };
    }
    return buf.subarray(0, length).toString('utf8');
  } catch (e) {
    return { problem: `cannot read file: ${(e as Error).message}` };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function validate(d: Dict, c: Checker, file: string, source: PackSource): Question | undefined {
  for (const key of Object.keys(d)) {
    if (!KNOWN_FIELDS.has(key)) c.warn([key], `unknown field "${key}" is ignored`);
  }
  const id = str(d, 'id', c, true);
  if (id !== undefined && !ID_PATTERN.test(id)) c.error(['id'], `"id" must be kebab-case (a-z, 0-9, dashes), got ${JSON.stringify(id)}`);
  const title = str(d, 'title', c, true);
  const topic = oneOf(d, 'topic', TOPICS, c, true);
  const kind = oneOf(d, 'kind', KIND_IDS, c, true);
  const difficulty = oneOf(d, 'difficulty', DIFFICULTIES, c, true);
  const minutes = num(d, 'minutes', c, { min: 1, max: 240, integer: true }) ?? 0;
  if (d['minutes'] === undefined) c.error(['minutes'], '"minutes" is missing');
  const prompt = str(d, 'prompt', c, true);
  const tags = strList(d, 'tags', c);
  const languages = offeredLanguages(d, kind, c);
  const hints = strList(d, 'hints', c);
  const legacyFn = str(d, 'function', c, false);
  const legacyParams = strList(d, 'params', c);
  legacyParams.forEach((p, i) => {
    if (!IDENTIFIER.test(p)) c.error(['params', i], `"params[${i}]" must be an identifier, got ${JSON.stringify(p)}`);
  });
  const legacyClass = str(d, 'class', c, false);
  for (const [key, value] of [['function', legacyFn], ['class', legacyClass]] as const) {
    if (value !== undefined && !IDENTIFIER.test(value)) c.error([key], `"${key}" must be an identifier, got ${JSON.stringify(value)}`);
  }
  const signature = signatureOf(d, c, kind, { fn: legacyFn, params: legacyParams, className: legacyClass });
  const fn = signature ? (signature.kind === 'function' ? signature.function.name : undefined) : legacyFn;
  const params = signature ? (signature.kind === 'function' ? signature.function.params.map((p) => p.name) : []) : legacyParams;
  const className = signature ? (signature.kind === 'class' ? signature.className : undefined) : legacyClass;
  const compare = (oneOf(d, 'compare', COMPARE_MODES, c, false) ?? 'exact') as CompareMode;
  const tolerance = num(d, 'tolerance', c, { min: 0, max: 1 }) ?? 1e-6;
  const checker = str(d, 'checker', c, false);
  if (compare === 'checker' && !checker) c.error(['compare'], '"compare: checker" needs a "checker" body');
  if (checker && source === 'workspace') c.warn(['checker'], 'custom checkers do not run for workspace packs; answers are compared exactly');

  const limits = { ...DEFAULT_LIMITS };
  if (d['limits'] !== undefined) {
    if (!isDict(d['limits'])) c.error(['limits'], `"limits" must be a map like { timeMs: 1000 }, not ${describe(d['limits'])}`);
    else {
      const lim = d['limits'];
      for (const key of Object.keys(lim)) if (key !== 'timeMs' && key !== 'memoryMb') c.warn(['limits', key], `unknown limit "${key}" is ignored`);
      const t = num(lim, 'timeMs', c, { min: 50, max: 60_000, integer: true }, ['limits']);
      const m = num(lim, 'memoryMb', c, { min: 32, max: 4096, integer: true }, ['limits']);
      if (t !== undefined) limits.timeMs = t;
      if (m !== undefined) limits.memoryMb = m;
    }
  }

  const starter = langMap(d, 'starter', c);
  const solutions = langMap(d, 'solutions', c);
  for (const [lang, rel] of Object.entries(solutions)) {
    if (solutionPathProblem(rel)) c.error(['solutions', lang], `"solutions.${lang}" must be a file inside the "${id ?? '<id>'}/" folder beside the question (no "..", no absolute path), got ${JSON.stringify(rel)}`);
  }
  const wrongSolutions = wrongList(d, c, id);
  const alternativeSolutions = alternativesOf(d, c);
  const schema = str(d, 'schema', c, false);
  const outline = str(d, 'outline', c, false);
  const complexity = complexityOf(d, c);
  const scaling = scalingOf(d, c);
  const clarifications = clarificationsOf(d, c);
  const rubric = rubricOf(d, c);
  const concepts = kind ? conceptsOf(d, c, rubricDimensions({ kind, rubric })) : {};

  const spec = kind ? KINDS[kind] : undefined;
  const runnable = spec?.runnable === true;
  if (spec?.entry === 'program') {
    if (fn === undefined && className === undefined && d['signature'] === undefined) c.error([], `a ${kind} question needs a "signature" (or, without types, "function" or "class")`);
    if (fn !== undefined && className !== undefined) c.error(['class'], 'use either "function" or "class", not both');
  }
  if (spec?.entry === 'query' && schema === undefined) c.warn([], `a ${kind} question usually needs a "schema" (tables and seed rows)`);
  const declaresClass = className !== undefined || (isDict(d['signature']) && d['signature']['class'] !== undefined);
  const tests = testsOf(d, c, kind, declaresClass, signature);
  if (runnable && Array.isArray(d['tests']) && d['tests'].length === 0) c.error(['tests'], 'a runnable question needs at least one test');
  if (runnable && d['tests'] === undefined) c.error(['tests'], '"tests" is missing');
  if (compare !== 'exact' && compare !== 'unordered' && tests.some((t) => (t.type === 'call' || t.type === 'ops') && t.expectedSha256 !== undefined)) c.error(['compare'], '"expectedSha256" cases compare exactly (or unordered); they cannot be used with compare: ' + compare);
  if (!scaling && tests.some((t) => (t.type === 'call' || t.type === 'ops') && t.size !== undefined)) c.error(['tests'], 'a test with "size" needs a "scaling" generator to make its input');
  const preconditions = parsePreconditions(d['preconditions'], params, className !== undefined, c);
  if (preconditions) checkWrittenCases(preconditions, params, d, c);
  const relation = relationOf(d, c, kind);
  if (relation && tests.some((t) => t.type === 'sql-query' && !t.query.trim())) c.error(['relation'], 'a decomposition drill judges the person\'s DDL: every query case needs a "query"');

  if (!id || !title || !topic || !kind || !difficulty || prompt === undefined) return undefined;
  const q: Question = {
    id,
    title,
    topic,
    kind,
    difficulty,
    minutes,
    prompt,
    tags,
    ...(languages ? { languages } : {}),
    hints,
    ...(signature ? { signature } : {}),
    ...(fn !== undefined ? { function: fn } : {}),
    params,
    ...(className !== undefined ? { className } : {}),
    starter,
    tests,
    compare,
    tolerance,
    ...(checker !== undefined ? { checker } : {}),
    limits,
    ...(schema !== undefined ? { schema } : {}),
    ...(complexity ? { complexity } : {}),
    ...(scaling ? { scaling } : {}),
    clarifications,
    rubric,
    concepts,
    ...(outline !== undefined ? { outline } : {}),
    solutions,
    wrongSolutions,
    alternativeSolutions,
    ...(preconditions ? { preconditions } : {}),
    ...(relation ? { relation } : {}),
    file,
    source,
  };
  return q;
}

/** `signature:` parsed, with each problem at its line and column; legacy fields given beside it must agree. */
function signatureOf(d: Dict, c: Checker, kind: Kind | undefined, legacy: { fn?: string; params: readonly string[]; className?: string }): Signature | undefined {
  const raw = d['signature'];
  if (raw === undefined || raw === null) return undefined;
  if (kind !== undefined && KINDS[kind].entry !== 'program') {
    c.error(['signature'], `"signature" is for coding drills (function or design class); this is a ${kind} drill`);
    return undefined;
  }
  const r = parseSignature(raw);
  for (const p of r.problems) reportSignatureProblem(c, ['signature'], p);
  const sig = r.value;
  if (!sig) return undefined;
  const disagree = (key: string, message: string): void => c.error([key], `${message}; drop "${key}" (the signature says it) or make them agree`);
  if (sig.kind === 'function') {
    if (legacy.className !== undefined) disagree('class', `"class: ${legacy.className}" is given, but the signature is a function's`);
    if (legacy.fn !== undefined && legacy.fn !== sig.function.name) disagree('function', `"function: ${legacy.fn}" disagrees with the signature's ${sig.function.name}`);
    const names = sig.function.params.map((p) => p.name);
    if (d['params'] !== undefined && legacy.params.join(',') !== names.join(',')) disagree('params', `"params: [${legacy.params.join(', ')}]" disagrees with the signature's ${printParams(sig.function.params)}`);
  } else {
    if (legacy.fn !== undefined) disagree('function', `"function: ${legacy.fn}" is given, but the signature is a design class's`);
    if (legacy.className !== undefined && legacy.className !== sig.className) disagree('class', `"class: ${legacy.className}" disagrees with the signature's class ${sig.className}`);
    if (d['params'] !== undefined) disagree('params', '"params" names a function\'s parameters, but the signature is a design class\'s');
  }
  return sig;
}

function reportSignatureProblem(c: Checker, base: Path, p: SignatureProblem): void {
  const path = [...base, ...p.path];
  c.errorInText(path, p.offset, `"${path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('')}": ${p.message}`);
}

/** Checks a case value read exactly from the file against its declared type; each misfit at its own line. */
function checkCaseValue(c: Checker, path: Path, label: string, type: Type, sig: Signature | undefined, context?: string): void {
  const problems = checkValue(type, c.exact(path), { records: sig?.records ?? [], numbersAreFloats: true });
  for (const p of problems) c.errorInValue(path, p.path, p.onKey === true, `${formatValuePath(label, p.path)}${context ? ` (${context})` : ''}: ${p.message}`);
}

function arityProblem(given: number, params: readonly Param[], what: string): string | undefined {
  if (given === params.length) return undefined;
  return `${given} argument${given === 1 ? '' : 's'}, but ${what} takes ${params.length}${params.length > 0 ? ` ${printParams(params)}` : ''}`;
}

/**
 * The declared types of a parsed case, checked against what the file says: call arguments and the
 * expected result; for design classes each operation (the constructor first, then declared methods
 * with their arity) with its arguments and result (null for the constructor and void methods);
 * worst-case (size) cases' expected results; script results when the case declares `returns`.
 */
function checkTypedCase(t: TestCase, sig: Signature, c: Checker, at: Path, label: string): void {
  if (t.type === 'script') {
    if (t.returns) checkCaseValue(c, [...at, 'expected'], `${label}.expected`, t.returns, sig, `the script returns ${printType(t.returns)}`);
    return;
  }
  if (t.type !== 'call' && t.type !== 'ops') return;
  const hasExpected = t.expectedSha256 === undefined || c.exact([...at, 'expected']) !== null;
  if (t.type === 'call') {
    if (sig.kind !== 'function') return;
    const fn = sig.function;
    if (t.size === undefined) {
      const arity = arityProblem(t.args.length, fn.params, fn.name);
      if (arity) return c.error([...at, 'args'], `"${label}.args" has ${arity}`);
      fn.params.forEach((p, j) => checkCaseValue(c, [...at, 'args', j], `${label}.args[${j}]`, p.type, sig, `${p.name}: ${printType(p.type)}`));
    }
    if (hasExpected) checkCaseValue(c, [...at, 'expected'], `${label}.expected`, fn.returns, sig, `${fn.name} -> ${printType(fn.returns)}`);
    return;
  }
  if (sig.kind !== 'class') return;
  if (t.size !== undefined) {
    // Generated operations: each written result must be one that some declared method gives.
    const raw = c.exact([...at, 'expected']);
    if (!Array.isArray(raw)) return;
    const valued = sig.methods.filter((m) => m.returns.kind !== 'void');
    raw.forEach((v, j) => {
      if (v === null || valued.some((m) => checkValue(m.returns, v, { records: sig.records, numbersAreFloats: true, limit: 1 }).length === 0)) return;
      c.errorInValue([...at, 'expected', j], [], false, `${label}.expected[${j}]: ${describeValue(v, true)} is no method's result (${valued.map((m) => `${m.name} -> ${printType(m.returns)}`).join(', ') || 'every method returns void'})`);
    });
    return;
  }
  t.ops.forEach((op, k) => {
    const opAt: Path = [...at, 'ops', k];
    let params: readonly Param[];
    let returns: Type;
    if (k === 0) {
      if (op !== sig.className) return c.error(opAt, `"${label}.ops[0]" must construct the class: ${sig.className}, not ${JSON.stringify(op)}`);
      params = sig.constructorParams;
      returns = { kind: 'void' };
    } else {
      const m = sig.methods.find((x) => x.name === op);
      if (!m) return c.error(opAt, `"${label}.ops[${k}]": ${sig.className} has no method ${JSON.stringify(op)} (methods: ${sig.methods.map((x) => x.name).join(', ')})`);
      params = m.params;
      returns = m.returns;
    }
    const args = t.args[k] ?? [];
    const arity = arityProblem(args.length, params, k === 0 ? `the ${sig.className} constructor` : op);
    if (arity) c.error([...at, 'args', k], `"${label}.args[${k}]" (${op}) has ${arity}`);
    else params.forEach((p, j) => checkCaseValue(c, [...at, 'args', k, j], `${label}.args[${k}][${j}]`, p.type, sig, `${op} ${p.name}: ${printType(p.type)}`));
    if (hasExpected) checkCaseValue(c, [...at, 'expected', k], `${label}.expected[${k}]`, returns, sig, k === 0 ? `${op}: the constructor's result is null` : `${op} -> ${printType(returns)}`);
  });
}

function str(d: Dict, key: string, c: Checker, required: boolean, base: Path = []): string | undefined {
  const v = d[key];
  if (v === undefined || v === null) {
    if (required) c.error([...base, key], `"${[...base, key].join('.')}" is missing`);
    return undefined;
  }
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v !== 'string') {
    c.error([...base, key], `"${key}" must be text, not ${describe(v)}`);
    return undefined;
  }
  if (required && v.trim() === '') c.error([...base, key], `"${key}" is empty`);
  return v;
}

function num(d: Dict, key: string, c: Checker, range: { min: number; max: number; integer?: boolean }, base: Path = []): number | undefined {
  const v = d[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    c.error([...base, key], `"${key}" must be a number, not ${describe(v)}`);
    return undefined;
  }
  if (range.integer && !Number.isInteger(v)) c.error([...base, key], `"${key}" must be a whole number`);
  if (v < range.min || v > range.max) {
    c.error([...base, key], `"${key}" must be between ${range.min} and ${range.max}, got ${v}`);
    return undefined;
  }
  return v;
}

function oneOf<T extends string>(d: Dict, key: string, allowed: readonly T[], c: Checker, required: boolean): T | undefined {
  const v = d[key];
  if (v === undefined) {
    if (required) c.error([key], `"${key}" is missing (one of: ${allowed.join(', ')})`);
    return undefined;
  }
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    c.error([key], `unknown ${key} ${JSON.stringify(v)}; expected one of: ${allowed.join(', ')}`);
    return undefined;
  }
  return v as T;
}

function strList(d: Dict, key: string, c: Checker): string[] {
  const v = d[key];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    c.error([key], `"${key}" must be a list of text, not ${describe(v)}`);
    return [];
  }
  const out: string[] = [];
  v.forEach((item, i) => {
    if (typeof item === 'string' || typeof item === 'number') out.push(String(item));
    else c.error([key, i], `"${key}[${i}]" must be text, not ${describe(item)}`);
  });
  return out;
}

/** `languages`: the languages a drill is offered in, each one that answers its kind; absent: all of them. */
function offeredLanguages(d: Dict, kind: Kind | undefined, c: Checker): Language[] | undefined {
  if (d['languages'] === undefined || d['languages'] === null) return undefined;
  const names = strList(d, 'languages', c);
  const answering = kind ? runtimesFor(kind).map((r) => r.id) : [];
  const out: Language[] = [];
  names.forEach((name, i) => {
    const lang = answering.find((l) => l === name);
    if (!lang) c.error(['languages', i], `"languages[${i}]" must be one of ${answering.join(', ')} (the languages that answer a ${kind ?? '?'} drill), not "${name}"`);
    else if (!out.includes(lang)) out.push(lang);
  });
  if (Array.isArray(d['languages']) && names.length === 0) c.error(['languages'], '"languages" must name at least one language (leave it out to offer them all)');
  return out.length > 0 ? out : undefined;
}

function langMap(d: Dict, key: string, c: Checker): Partial<Record<Language, string>> {
  const v = d[key];
  const out: Partial<Record<Language, string>> = {};
  if (v === undefined || v === null) return out;
  if (!isDict(v)) {
    c.error([key], `"${key}" must be a map from language (${SOLUTION_LANGUAGES.join(', ')}) to text`);
    return out;
  }
  for (const [lang, text] of Object.entries(v)) {
    if (!(SOLUTION_LANGUAGES as readonly string[]).includes(lang)) {
      c.error([key, lang], `unknown language "${lang}" in "${key}"; expected one of: ${SOLUTION_LANGUAGES.join(', ')}`);
    } else if (typeof text !== 'string') {
      c.error([key, lang], `"${key}.${lang}" must be text`);
    } else {
      out[lang as Language] = text;
    }
  }
  return out;
}

function alternativesOf(d: Dict, c: Checker): Question['alternativeSolutions'] {
  const v = d['alternatives'];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    c.error(['alternatives'], '"alternatives" must be a list of { language, file }');
    return [];
  }
  const out: { language: Language; file: string }[] = [];
  v.forEach((item, i) => {
    const language = isDict(item) ? item['language'] : undefined;
    const f = isDict(item) ? item['file'] : undefined;
    if (typeof language !== 'string' || !(SOLUTION_LANGUAGES as readonly string[]).includes(language)) c.error(['alternatives', i], `"alternatives[${i}]" needs a language (${SOLUTION_LANGUAGES.join(', ')}) and a file`);
    else if (typeof f !== 'string' || f.trim() === '') c.error(['alternatives', i], `"alternatives[${i}].file" is missing`);
    else if (solutionPathProblem(f)) c.error(['alternatives', i, 'file'], `"alternatives[${i}].file" must be a file inside the question's folder (no "..", no absolute path), got ${JSON.stringify(f)}`);
    else out.push({ language: language as Language, file: f });
  });
  return out;
}

function relationOf(d: Dict, c: Checker, kind: Kind | undefined): Question['relation'] {
  const v = d['relation'];
  if (v === undefined || v === null) return undefined;
  if (!kind || KINDS[kind].entry !== 'query') c.error(['relation'], '"relation" is for sql drills');
  if (!isDict(v) || typeof v['name'] !== 'string' || !IDENTIFIER.test(v['name']) || !Array.isArray(v['columns']) || v['columns'].length === 0 || !v['columns'].every((x) => typeof x === 'string' && IDENTIFIER.test(x))) {
    c.error(['relation'], '"relation" must be { name: <table>, columns: [<column>, ...] } with plain identifiers');
    return undefined;
  }
  const columns = v['columns'] as string[];
  if (new Set(columns).size !== columns.length) c.error(['relation', 'columns'], '"relation.columns" repeats a column');
  return { name: v['name'], columns };
}

/** Holds every written case to what the prompt promises; generated (size) cases are checked by validate --strict. */
function checkWrittenCases(pre: NonNullable<Question['preconditions']>, params: readonly string[], d: Dict, c: Checker): void {
  const raw = Array.isArray(d['tests']) ? (d['tests'] as unknown[]) : [];
  raw.forEach((item, i) => {
    if (!isDict(item) || item['size'] !== undefined) return;
    const name = typeof item['name'] === 'string' ? item['name'] : `case ${i + 1}`;
    const label = `tests[${i}] ("${name}")`;
    if (Array.isArray(item['ops']) && Array.isArray(item['args'])) {
      for (const p of opsProblems(pre, item['ops'] as string[], item['args'] as unknown[][])) {
        c.error(p.op !== undefined ? ['tests', i, 'args', p.op] : ['tests', i, 'ops'], `${label} breaks the prompt's preconditions: ${p.message}`);
      }
    } else if (Array.isArray(item['args']) && item['script'] === undefined) {
      for (const p of callProblems(pre, params, item['args'])) c.error(['tests', i, 'args', p.arg], `${label} breaks the prompt's preconditions: ${p.message}`);
    }
  });
}

function wrongList(d: Dict, c: Checker, id: string | undefined): Question['wrongSolutions'] {
  const v = d['wrong'];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    c.error(['wrong'], '"wrong" must be a list of { language, file, expect? }');
    return [];
  }
  const out: { language: Language; file: string; expect?: Verdict }[] = [];
  v.forEach((item, i) => {
    if (!isDict(item)) {
      c.error(['wrong', i], `"wrong[${i}]" must be a map like { language: python, file: wrong.py }`);
      return;
    }
    const language = item['language'];
    const f = item['file'];
    const expect = item['expect'];
    if (typeof language !== 'string' || !(SOLUTION_LANGUAGES as readonly string[]).includes(language)) {
      c.error(['wrong', i, 'language'], `"wrong[${i}].language" must be one of: ${SOLUTION_LANGUAGES.join(', ')}`);
      return;
    }
    if (typeof f !== 'string' || f.trim() === '') {
      c.error(['wrong', i, 'file'], `"wrong[${i}].file" is missing`);
      return;
    }
    if (solutionPathProblem(f)) {
      c.error(['wrong', i, 'file'], `"wrong[${i}].file" must be a file inside the "${id ?? '<id>'}/" folder beside the question (no "..", no absolute path), got ${JSON.stringify(f)}`);
      return;
    }
    if (expect !== undefined && (typeof expect !== 'string' || !(VERDICTS as readonly string[]).includes(expect) || expect === 'accepted')) {
      c.error(['wrong', i, 'expect'], `"wrong[${i}].expect" must be a failing verdict (${VERDICTS.filter((x) => x !== 'accepted').join(', ')})`);
      return;
    }
    out.push({ language: language as Language, file: f, ...(expect ? { expect: expect as Verdict } : {}) });
  });
  return out;
}

function complexityOf(d: Dict, c: Checker): Question['complexity'] {
  const v = d['complexity'];
  if (v === undefined || v === null) return undefined;
  if (!isDict(v)) {
    c.error(['complexity'], '"complexity" must be a map like { time: O(n), space: O(1) }');
    return undefined;
  }
  for (const key of Object.keys(v)) {
    // An unquoted comma inside a flow map ({ time: O(n) per call, O(1) after }) silently becomes a key.
    if (key !== 'time' && key !== 'space') c.error(['complexity', key], `"complexity" has an unexpected key "${key}": quote a value that contains a comma, e.g. time: "O(n), amortized O(1)"`);
  }
  const time = str(v, 'time', c, false, ['complexity']) ?? '';
  const space = str(v, 'space', c, false, ['complexity']) ?? '';
  if (!time.trim() || !space.trim()) c.error(['complexity'], '"complexity" needs both "time" and "space"');
  return { time, space };
}

function scalingOf(d: Dict, c: Checker): Scaling | undefined {
  const v = d['scaling'];
  if (v === undefined || v === null) return undefined;
  if (!isDict(v)) {
    c.error(['scaling'], '"scaling" must be a map with "generator" and "sizes"');
    return undefined;
  }
  const generator = str(v, 'generator', c, true, ['scaling']);
  const sizes = v['sizes'];
  if (!Array.isArray(sizes) || sizes.length < 3 || !sizes.every((n) => typeof n === 'number' && Number.isInteger(n) && n > 0)) {
    c.error(['scaling', 'sizes'], '"scaling.sizes" must be a list of at least 3 positive whole numbers');
    return undefined;
  }
  if (!generator) return undefined;
  return { generator, sizes: sizes as number[] };
}

function clarificationsOf(d: Dict, c: Checker): ClarifyingNote[] {
  const v = d['clarifications'];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    c.error(['clarifications'], '"clarifications" must be a list of { q, a, keywords }');
    return [];
  }
  const out: ClarifyingNote[] = [];
  v.forEach((item, i) => {
    if (!isDict(item)) {
      c.error(['clarifications', i], `"clarifications[${i}]" must be a map like { q: ..., a: ... }`);
      return;
    }
    const q = str(item, 'q', c, true, ['clarifications', i]);
    const a = str(item, 'a', c, true, ['clarifications', i]);
    const keywords = Array.isArray(item['keywords']) ? item['keywords'].filter((k): k is string => typeof k === 'string').map((k) => k.toLowerCase()) : [];
    if (q && a) out.push({ question: q, answer: a, keywords });
  });
  return out;
}

function rubricOf(d: Dict, c: Checker): RubricItem[] {
  const v = d['rubric'];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    c.error(['rubric'], '"rubric" must be a list of { dimension, weight, lookFor }');
    return [];
  }
  const out: RubricItem[] = [];
  v.forEach((item, i) => {
    if (!isDict(item)) {
      c.error(['rubric', i], `"rubric[${i}]" must be a map like { dimension: requirements, weight: 2, lookFor: ... }`);
      return;
    }
    const dimension = str(item, 'dimension', c, true, ['rubric', i]);
    const weight = num(item, 'weight', c, { min: 0, max: 10 }, ['rubric', i]) ?? 1;
    const lookFor = str(item, 'lookFor', c, false, ['rubric', i]) ?? '';
    if (dimension) out.push({ dimension, weight, lookFor });
  });
  return out;
}

/**
 * `concepts:` maps a rubric dimension to the ideas a strong answer names there. Each entry is a name
 * (which is also matched; a name from the shared vocabulary brings its synonyms) or a one-key map from
 * the name to its synonyms: `- key ranges per server: [id ranges, range allocation]`.
 */
function conceptsOf(d: Dict, c: Checker, dimensions: readonly string[]): Record<string, Concept[]> {
  const v = d['concepts'];
  const out: Record<string, Concept[]> = {};
  if (v === undefined || v === null) return out;
  if (!isDict(v)) {
    c.error(['concepts'], '"concepts" must be a map from rubric dimension to a list of concepts, e.g. { scaling: [caching, { hot keys: [celebrity, hot spot] }] }');
    return out;
  }
  const known = new Map(dimensions.map((x) => [x.toLowerCase(), x]));
  for (const [dim, list] of Object.entries(v)) {
    const key = dim.toLowerCase();
    if (!known.has(key)) {
      c.error(['concepts', dim], `"concepts.${dim}": no rubric dimension is called "${dim}" (dimensions: ${dimensions.join(', ')})`);
      continue;
    }
    if (!Array.isArray(list)) {
      c.error(['concepts', dim], `"concepts.${dim}" must be a list of concepts (a name, or "name: [synonyms]")`);
      continue;
    }
    const concepts: Concept[] = [];
    list.forEach((item: unknown, i) => {
      const at: Path = ['concepts', dim, i];
      if (typeof item === 'string' || typeof item === 'number') {
        if (String(item).trim()) concepts.push({ name: String(item).trim(), synonyms: [] });
        else c.error(at, `"concepts.${dim}[${i}]" is empty`);
        return;
      }
      if (!isDict(item) || Object.keys(item).length !== 1) {
        c.error(at, `"concepts.${dim}[${i}]" must be a name or a one-entry map "name: [synonyms]"`);
        return;
      }
      const [name, synonyms] = Object.entries(item)[0]!;
      const list2 = synonyms === null ? [] : Array.isArray(synonyms) ? synonyms : [synonyms];
      if (!list2.every((x) => typeof x === 'string' || typeof x === 'number')) {
        c.error(at, `"concepts.${dim}[${i}]": the synonyms of "${name}" must be a list of words or phrases`);
        return;
      }
      concepts.push({ name: name.trim(), synonyms: list2.map((x) => String(x).trim()).filter(Boolean) });
    });
    out[known.get(key)!.toLowerCase()] = concepts;
  }
  return out;
}

function testsOf(d: Dict, c: Checker, kind: Kind | undefined, isClass: boolean, signature?: Signature): TestCase[] {
  const v = d['tests'];
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    c.error(['tests'], `"tests" must be a list of test cases, not ${describe(v)}`);
    return [];
  }
  const out: TestCase[] = [];
  const names = new Set<string>();
  v.forEach((item, i) => {
    const at: Path = ['tests', i];
    if (!isDict(item)) {
      c.error(at, `"tests[${i}]" must be a map with args/expected (or ops, script, query, statement), not ${describe(item)}`);
      return;
    }
    for (const key of Object.keys(item)) if (!TEST_FIELDS.has(key)) c.warn([...at, key], `unknown test field "${key}" is ignored`);
    const name = str(item, 'name', c, false, at) ?? `case ${i + 1}`;
    if (names.has(name)) c.error([...at, 'name'], `duplicate test name "${name}"`);
    names.add(name);
    const hidden = item['hidden'] === true;
    if (item['hidden'] !== undefined && typeof item['hidden'] !== 'boolean') c.error([...at, 'hidden'], '"hidden" must be true or false');
    const test = testOf(exactCase(item, c, at), c, at, i, { name, hidden }, kind, isClass, signature);
    if (test && signature) checkTypedCase(test, signature, c, at, `tests[${i}]`);
    if (test) out.push({ ...test, line: c.lineOf(at) });
  });
  return out;
}

function testOf(
  t: Dict,
  c: Checker,
  at: Path,
  i: number,
  base: { name: string; hidden: boolean },
  kind: Kind | undefined,
  isClass: boolean,
  signature: Signature | undefined,
): TestCase | undefined {
  const label = `tests[${i}]`;
  if (kind && KINDS[kind].entry === 'query') {
    const setup = str(t, 'setup', c, false, at) ?? '';
    if (t['statement'] !== undefined) {
      const statement = str(t, 'statement', c, true, at);
      const expect = t['expect'];
      if (expect !== 'succeed' && expect !== 'fail') {
        c.error([...at, 'expect'], `"${label}.expect" must be "succeed" or "fail"`);
        return undefined;
      }
      return statement ? { type: 'sql-statement', ...base, setup, statement, expect } : undefined;
    }
    const query = str(t, 'query', c, false, at) ?? '';
    const plan = str(t, 'plan', c, false, at);
    if (plan !== undefined && !query.trim()) c.error([...at, 'plan'], `"${label}.plan" needs a "query" that reads the plan from query_plan(id, parent, detail)`);
    const rows = t['expected'];
    if (rows === undefined) {
      c.error([...at, 'expected'], `"${label}.expected" is missing`);
      return undefined;
    }
    if (!Array.isArray(rows) || !rows.every((r) => Array.isArray(r))) {
      c.error([...at, 'expected'], `"${label}.expected" must be a list of rows, each a list of column values`);
      return undefined;
    }
    return { type: 'sql-query', ...base, setup, query, ...(plan !== undefined ? { plan } : {}), expected: rows as unknown[][], ordered: t['ordered'] === true };
  }
  if (t['script'] !== undefined) {
    const s = t['script'];
    if (!isDict(s)) {
      c.error([...at, 'script'], `"${label}.script" must be a map from language to test body`);
      return undefined;
    }
    const scriptLanguages = runtimesFor('coding').map((r) => r.id);
    const script: Partial<Record<Language, string>> = {};
    for (const [lang, body] of Object.entries(s)) {
      if (!(scriptLanguages as readonly string[]).includes(lang) || typeof body !== 'string') {
        c.error([...at, 'script', lang], `"${label}.script.${lang}" must be a test body for one of: ${scriptLanguages.join(', ')}`);
      } else script[lang as Language] = body;
    }
    if (!('expected' in t)) {
      c.error([...at, 'expected'], `"${label}.expected" is missing: a script returns what it observed, and the case states the value it must equal`);
      return undefined;
    }
    let returns: Type | undefined;
    if (t['returns'] !== undefined) {
      if (typeof t['returns'] !== 'string') c.error([...at, 'returns'], `"${label}.returns" must be a type, e.g. list<int>`);
      else {
        const r = parseType(t['returns'], new Set(signature?.records.map((x) => x.name) ?? []));
        for (const p of r.problems) c.errorInText([...at, 'returns'], p.offset, `"${label}.returns": ${p.message}`);
        returns = r.value;
      }
    }
    return { type: 'script', ...base, script, expected: t['expected'], ...(returns ? { returns } : {}) };
  }
  const sha = t['expectedSha256'];
  if (sha !== undefined && (typeof sha !== 'string' || !/^[0-9a-f]{64}$/.test(sha))) {
    c.error([...at, 'expectedSha256'], `"${label}.expectedSha256" must be 64 lower-case hex digits (SHA-256 of the answer's canonical JSON)`);
    return undefined;
  }
  if (!('expected' in t) && sha === undefined) {
    c.error([...at, 'expected'], `"${label}.expected" is missing`);
    return undefined;
  }
  if ((t['ops'] !== undefined || isClass) && t['size'] !== undefined) {
    const size = num(t, 'size', c, { min: 1, max: 10_000_000, integer: true }, at);
    if (size === undefined) return undefined;
    if (t['ops'] !== undefined || t['args'] !== undefined) c.warn([...at, 'size'], `"${label}" has a size, so its ops and args come from the scaling generator and are ignored`);
    const expected = t['expected'];
    if (sha === undefined && !Array.isArray(expected)) {
      c.error([...at, 'expected'], `"${label}.expected" must be the list of results (or give expectedSha256)`);
      return undefined;
    }
    return { type: 'ops', ...base, ops: [], args: [], expected: Array.isArray(expected) ? expected : [], size, ...(sha !== undefined ? { expectedSha256: sha as string } : {}) };
  }
  if (t['ops'] !== undefined || isClass) {
    const ops = t['ops'];
    const args = t['args'];
    const expected = t['expected'];
    if (!Array.isArray(ops) || !ops.every((o) => typeof o === 'string') || ops.length === 0) {
      c.error([...at, 'ops'], `"${label}.ops" must be a non-empty list of method names, the first being the class`);
      return undefined;
    }
    if (!Array.isArray(args) || !args.every((a) => Array.isArray(a)) || args.length !== ops.length) {
      c.error([...at, 'args'], `"${label}.args" must be a list of argument lists, one per op (${ops.length})`);
      return undefined;
    }
    if (!Array.isArray(expected) || expected.length !== ops.length) {
      c.error([...at, 'expected'], `"${label}.expected" must be a list with one result per op (${ops.length}); the constructor's is null`);
      return undefined;
    }
    return { type: 'ops', ...base, ops: ops as string[], args: args as unknown[][], expected, ...(sha !== undefined ? { expectedSha256: sha as string } : {}) };
  }
  if (t['size'] !== undefined) {
    const size = num(t, 'size', c, { min: 1, max: 10_000_000, integer: true }, at);
    if (size === undefined) return undefined;
    if (t['args'] !== undefined) c.warn([...at, 'args'], `"${label}" has a size, so its args come from the scaling generator and "args" is ignored`);
    return { type: 'call', ...base, args: [], expected: t['expected'], size, ...(sha !== undefined ? { expectedSha256: sha as string } : {}) };
  }
  const args = t['args'];
  if (!Array.isArray(args)) {
    c.error([...at, 'args'], `"${label}.args" must be a list of arguments (wrap a single list argument: [[1, 2, 3]])`);
    return undefined;
  }
  return { type: 'call', ...base, args, expected: t['expected'], ...(sha !== undefined ? { expectedSha256: sha as string } : {}) };
}

/**
 * Parses the cases a person adds beside their solution (`custom-tests.yaml`: a `tests:` list in the
 * question format). Custom cases are always visible and named "custom: …".
 */
export function parseCustomTests(text: string, file: string, question: Question): { tests: TestCase[]; diagnostics: Diagnostic[] } {
  const parsed = parseYamlSafely(text);
  if (!parsed.doc || parsed.problems.length > 0) {
    return { tests: [], diagnostics: parsed.problems.map((p) => ({ file, line: p.line, col: p.col, message: p.message, severity: 'error' as const })) };
  }
  let data: unknown;
  try {
    data = parsed.doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    return { tests: [], diagnostics: [{ file, line: 1, col: 1, message: `YAML: ${(e as Error).message}`, severity: 'error' }] };
  }
  const c = new Checker(file, parsed.doc, parsed.lineCounter, text);
  if (data === null || data === undefined) return { tests: [], diagnostics: [] };
  if (!isDict(data)) {
    c.error([], 'custom tests must be a map with a "tests:" list');
    return { tests: [], diagnostics: c.diagnostics };
  }
  const tests = testsOf(data, c, question.kind, question.className !== undefined, question.signature).map((t) => ({ ...t, name: `custom: ${t.name}`, hidden: false }));
  return { tests, diagnostics: c.sorted() };
}
