// Parses signature text into the AST of ast.ts. Every problem carries where it is: the path of the
// string inside the `signature:` value and the character offset inside that string.
import { KEY_KINDS, SCALAR_KINDS, type FunctionSignature, type Param, type RecordDecl, type RecordField, type Signature, type Span, type Type } from './ast';
import { keywordIn } from './names';

/** A problem in a signature: `path` leads to the string inside the `signature:` value, `offset` into it. */
export interface SignatureProblem {
  readonly path: readonly (string | number)[];
  /** 0-based character offset in that string; absent when the problem is the value's shape. */
  readonly offset?: number;
  readonly message: string;
}

export interface ParseResult<T> {
  /** Present only when there are no problems. */
  readonly value?: T;
  readonly problems: readonly SignatureProblem[];
}

const IDENT = /[A-Za-z_$][A-Za-z0-9_$]*/y;
const BUILTIN_NAMES = new Set<string>([...SCALAR_KINDS, 'json', 'void', 'list', 'set', 'map', 'tuple']);

/** Names people reach for from other languages, with the type they mean here. */
const SUGGESTIONS: Readonly<Record<string, string>> = {
  integer: 'int', Integer: 'int', number: 'int or float', double: 'float', Double: 'float', decimal: 'float', boolean: 'bool',
  Boolean: 'bool', str: 'string', String: 'string', char: 'string', array: 'list<T>', List: 'list<T>', vector: 'list<T>', dict: 'map<K, V>',
  Map: 'map<K, V>', Dict: 'map<K, V>', object: 'map<string, V>, json or a record', any: 'json', Any: 'json', Object: 'json or a record',
  none: 'void', None: 'void', null: 'T? (a nullable type)', Set: 'set<T>', i64: 'long', int64: 'long', int32: 'int', bigint: 'long',
};

interface Token {
  readonly kind: 'ident' | 'punct' | 'end';
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

class Fail extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (text.startsWith('->', i)) {
      out.push({ kind: 'punct', text: '->', start: i, end: i + 2 });
      i += 2;
      continue;
    }
    if ('()<>,:?{}'.includes(ch)) {
      out.push({ kind: 'punct', text: ch, start: i, end: i + 1 });
      i++;
      continue;
    }
    IDENT.lastIndex = i;
    const m = IDENT.exec(text);
    if (m) {
      out.push({ kind: 'ident', text: m[0], start: i, end: i + m[0].length });
      i += m[0].length;
      continue;
    }
    throw new Fail(i, `unexpected character ${JSON.stringify(ch)}`);
  }
  out.push({ kind: 'end', text: '', start: text.length, end: text.length });
  return out;
}

function describeToken(t: Token): string {
  return t.kind === 'end' ? 'the end' : JSON.stringify(t.text);
}

/** A recursive-descent parser over one string; record names must be known up front. */
class Parser {
  private readonly tokens: Token[];
  private at = 0;

  constructor(
    text: string,
    private readonly records: ReadonlySet<string>,
  ) {
    this.tokens = tokenize(text);
  }

  private peek(): Token {
    return this.tokens[this.at]!;
  }

  private next(): Token {
    const t = this.tokens[this.at]!;
    if (t.kind !== 'end') this.at++;
    return t;
  }

  private accept(text: string): Token | undefined {
    return this.peek().kind === 'punct' && this.peek().text === text ? this.next() : undefined;
  }

  private expect(text: string, what: string): Token {
    const t = this.peek();
    if (t.kind === 'punct' && t.text === text) return this.next();
    throw new Fail(t.start, `expected ${what}, found ${describeToken(t)}`);
  }

  private ident(what: string): Token {
    const t = this.peek();
    if (t.kind !== 'ident') throw new Fail(t.start, `expected ${what}, found ${describeToken(t)}`);
    return this.next();
  }

  end(): void {
    const t = this.peek();
    if (t.kind !== 'end') throw new Fail(t.start, `unexpected ${describeToken(t)} after the end`);
  }

  /** A type; `void` only where `allowVoid` (the whole return type). */
  type(allowVoid = false): Type {
    const inner = this.primary(allowVoid);
    const q = this.accept('?');
    if (!q) return inner;
    if (inner.kind === 'void') throw new Fail(q.start, 'void cannot be nullable: a function that returns nothing returns void');
    if (inner.kind === 'json') throw new Fail(q.start, 'json already includes null; write json');
    if (this.peek().kind === 'punct' && this.peek().text === '?') throw new Fail(this.peek().start, 'a type is nullable once: write T?');
    return { kind: 'nullable', inner, span: { start: inner.span!.start, end: q.end } };
  }

  private primary(allowVoid: boolean): Type {
    const t = this.ident('a type');
    const span = (end: number): Span => ({ start: t.start, end });
    switch (t.text) {
      case 'int':
      case 'long':
      case 'float':
      case 'bool':
      case 'string':
      case 'json':
        return { kind: t.text, span: span(t.end) };
      case 'void':
        if (!allowVoid) throw new Fail(t.start, 'void is only a return type (the whole of it)');
        return { kind: 'void', span: span(t.end) };
      case 'list':
      case 'set': {
        this.expect('<', `"<" after ${t.text}`);
        const element = this.type();
        if (t.text === 'set') this.keyKind(element, 'set elements');
        const close = this.expect('>', `">" to close ${t.text}<…>`);
        return { kind: t.text, element, span: span(close.end) };
      }
      case 'map': {
        this.expect('<', '"<" after map');
        const key = this.type();
        this.keyKind(key, 'map keys');
        this.expect(',', '"," between the key and value types of map<K, V>');
        const value = this.type();
        const close = this.expect('>', '">" to close map<K, V>');
        return { kind: 'map', key, value, span: span(close.end) };
      }
      case 'tuple': {
        this.expect('<', '"<" after tuple');
        const items = [this.type()];
        while (this.accept(',')) items.push(this.type());
        const close = this.expect('>', '">" to close tuple<…>');
        if (items.length < 2) throw new Fail(t.start, 'a tuple has at least two items: tuple<A, B>');
        return { kind: 'tuple', items, span: span(close.end) };
      }
      default: {
        if (this.records.has(t.text)) return { kind: 'record', name: t.text, span: span(t.end) };
        const hint = SUGGESTIONS[t.text];
        throw new Fail(t.start, `unknown type "${t.text}"${hint ? ` (did you mean ${hint}?)` : ''}; types are int, long, float, bool, string, json, list<T>, set<T>, map<K, V>, tuple<A, B>, T? and the records declared under "records"`);
      }
    }
  }

  private keyKind(t: Type, what: string): void {
    if (!(KEY_KINDS as readonly string[]).includes(t.kind)) throw new Fail(t.span!.start, `${what} must be int, long or string, not ${printSpanless(t)}`);
  }

  /** `(a: T, b: U)`; the opening parenthesis is next. */
  params(): Param[] {
    this.expect('(', '"("');
    const out: Param[] = [];
    if (this.accept(')')) return out;
    for (;;) {
      const name = this.ident('a parameter name');
      this.name(name, 'parameter');
      if (out.some((p) => p.name === name.text)) throw new Fail(name.start, `parameter "${name.text}" appears twice`);
      this.expect(':', `":" and the type of ${name.text}`);
      const type = this.type();
      out.push({ name: name.text, type, span: { start: name.start, end: type.span!.end } });
      if (this.accept(')')) return out;
      this.expect(',', '"," or ")"');
      if (this.accept(')')) return out;
    }
  }

  /** `name(a: T) -> R` */
  fn(what: 'function' | 'method'): FunctionSignature {
    const name = this.ident(`the ${what}'s name`);
    this.name(name, what);
    const params = this.params();
    this.expect('->', `"->" and the return type (-> void when it returns nothing)`);
    const returns = this.type(true);
    return { name: name.text, params, returns, span: { start: name.start, end: returns.span!.end } };
  }

  /** `{ a: T, b?: U }` */
  recordBody(name: string): RecordDecl {
    const open = this.expect('{', '"{" to start the record\'s fields, as in { val: int, next: Node? }');
    const fields: RecordField[] = [];
    while (!this.accept('}')) {
      const field = this.ident('a field name or "}"');
      if (fields.some((f) => f.name === field.text)) throw new Fail(field.start, `field "${field.text}" appears twice`);
      const optional = this.accept('?') !== undefined;
      this.expect(':', `":" and the type of ${field.text}`);
      const type = this.type();
      if (optional && type.kind === 'nullable') throw new Fail(type.span!.start, `field "${field.text}" is optional (${field.text}?) and nullable (T?): pick one, as Java, Go and C++ cannot tell absent from null`);
      fields.push({ name: field.text, type, optional, span: { start: field.start, end: type.span!.end } });
      if (this.accept('}')) break;
      this.expect(',', '"," or "}"');
    }
    if (fields.length === 0) throw new Fail(open.start, `record ${name} has no fields`);
    return { name, fields, span: { start: open.start, end: this.tokens[this.at - 1]!.end } };
  }

  /** Names appear as they are in every language's code, so none may be a keyword in one of them. */
  private name(t: Token, what: string): void {
    const kw = keywordIn(t.text);
    if (kw) throw new Fail(t.start, `${what} name "${t.text}" is a keyword in ${kw}; pick another name`);
  }
}

function printSpanless(t: Type): string {
  switch (t.kind) {
    case 'list':
    case 'set':
      return `${t.kind}<${printSpanless(t.element)}>`;
    case 'map':
      return `map<${printSpanless(t.key)}, ${printSpanless(t.value)}>`;
    case 'tuple':
      return `tuple<${t.items.map(printSpanless).join(', ')}>`;
    case 'nullable':
      return `${printSpanless(t.inner)}?`;
    case 'record':
      return t.name;
    default:
      return t.kind;
  }
}

function run<T>(text: string, path: readonly (string | number)[], body: (p: Parser) => T, records: ReadonlySet<string> = new Set()): ParseResult<T> {
  try {
    const p = new Parser(text, records);
    const value = body(p);
    p.end();
    return { value, problems: [] };
  } catch (e) {
    if (e instanceof Fail) return { problems: [{ path, offset: e.offset, message: e.message }] };
    throw e;
  }
}

/** One type, e.g. `map<string, list<int>>`; `records` names the records it may refer to. */
export function parseType(text: string, records: ReadonlySet<string> = new Set()): ParseResult<Type> {
  return run(text, [], (p) => p.type(), records);
}

/** `name(a: T, …) -> R`: a function drill's signature or one method of a class. */
export function parseFunction(text: string, records: ReadonlySet<string> = new Set()): ParseResult<FunctionSignature> {
  return run(text, [], (p) => p.fn('function'), records);
}

/** A record's fields: `{ val: int, next: Node? }`. */
export function parseRecord(name: string, text: string, records: ReadonlySet<string> = new Set([name])): ParseResult<RecordDecl> {
  return run(text, [], (p) => p.recordBody(name), records);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Map);
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A question's `signature:` value as loaded from YAML:
 * - a string, `"pairWithSum(nums: list<int>, target: int) -> list<int>"`;
 * - `{ function: "<that string>", records: {…} }` when the function uses records;
 * - `{ class: Name, constructor: "(capacity: int)", methods: ["get(key: int) -> int", …], records: {…} }`.
 * `records` maps a record's name to its fields, `"{ val: int, left: TreeNode? }"`.
 */
export function parseSignature(raw: unknown): ParseResult<Signature> {
  const problems: SignatureProblem[] = [];
  const add = (r: ParseResult<unknown>, path: readonly (string | number)[]): void => {
    for (const p of r.problems) problems.push({ ...p, path: [...path, ...p.path] });
  };
  if (typeof raw === 'string') {
    const r = run(raw, [], (p) => p.fn('function'));
    return r.value ? { value: { kind: 'function', function: r.value, records: [] }, problems: [] } : { problems: r.problems };
  }
  if (!isPlainObject(raw)) {
    return { problems: [{ path: [], message: 'a signature is a string like "f(nums: list<int>) -> int", or a map with "class", "constructor" and "methods" (and "records")' }] };
  }
  const isClass = raw['class'] !== undefined;
  const allowed = isClass ? ['class', 'constructor', 'methods', 'records'] : ['function', 'records'];
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key)) problems.push({ path: [key], message: `unknown signature field "${key}"; ${isClass ? 'a class signature has class, constructor, methods and records' : 'a function signature has function and records (or class, constructor and methods for a design class)'}` });
  }

  const records: RecordDecl[] = [];
  const rawRecords = raw['records'];
  if (rawRecords !== undefined && !isPlainObject(rawRecords)) problems.push({ path: ['records'], message: '"records" maps a record\'s name to its fields, e.g. TreeNode: "{ val: int, left: TreeNode? }"' });
  const recordEntries = isPlainObject(rawRecords) ? Object.entries(rawRecords) : [];
  const names = new Set(recordEntries.map(([n]) => n));
  for (const [name, body] of recordEntries) {
    const kw = keywordIn(name);
    if (!IDENTIFIER.test(name)) problems.push({ path: ['records', name], message: `record name ${JSON.stringify(name)} must be an identifier` });
    else if (BUILTIN_NAMES.has(name)) problems.push({ path: ['records', name], message: `"${name}" is a built-in type; name the record something else` });
    else if (kw) problems.push({ path: ['records', name], message: `record name "${name}" is a keyword in ${kw}; pick another name` });
    else if (typeof body !== 'string') problems.push({ path: ['records', name], message: `record ${name} must be a string of fields, e.g. "{ val: int, next: ${name}? }"` });
    else {
      const r = parseRecord(name, body, names);
      add(r, ['records', name]);
      if (r.value) records.push(r.value);
    }
  }

  let signature: Signature | undefined;
  if (isClass) {
    const className = raw['class'];
    if (typeof className !== 'string' || !IDENTIFIER.test(className)) problems.push({ path: ['class'], message: '"class" must be the class name, an identifier' });
    else if (keywordIn(className)) problems.push({ path: ['class'], message: `class name "${className}" is a keyword in ${keywordIn(className)}` });
    else if (names.has(className)) problems.push({ path: ['class'], message: `"${className}" is both the class and a record` });
    // `constructor` is also every object's inherited property: only an own one counts.
    const ctorRaw = Object.prototype.hasOwnProperty.call(raw, 'constructor') ? raw['constructor'] : '()';
    let constructorParams: Param[] | undefined;
    if (typeof ctorRaw !== 'string') problems.push({ path: ['constructor'], message: '"constructor" must be a parameter list like "(capacity: int)"' });
    else {
      const r = run(ctorRaw, [], (p) => p.params(), names);
      add(r, ['constructor']);
      constructorParams = r.value;
    }
    const methodsRaw = raw['methods'];
    const methods: FunctionSignature[] = [];
    if (!Array.isArray(methodsRaw) || methodsRaw.length === 0) problems.push({ path: ['methods'], message: '"methods" must be a list of method signatures like "get(key: int) -> int"' });
    else {
      methodsRaw.forEach((m, i) => {
        if (typeof m !== 'string') {
          problems.push({ path: ['methods', i], message: `"methods[${i}]" must be a string like "get(key: int) -> int"` });
          return;
        }
        const r = run(m, [], (p) => p.fn('method'), names);
        add(r, ['methods', i]);
        if (!r.value) return;
        if (methods.some((x) => x.name === r.value!.name)) problems.push({ path: ['methods', i], offset: r.value.span?.start ?? 0, message: `method "${r.value.name}" is declared twice (no overloads: Python, JavaScript and Go have none)` });
        else if (r.value.name === className) problems.push({ path: ['methods', i], offset: r.value.span?.start ?? 0, message: `"${r.value.name}" is the class name; the constructor is "constructor"` });
        else methods.push(r.value);
      });
    }
    if (typeof className === 'string' && constructorParams) signature = { kind: 'class', className, constructorParams, methods, records };
  } else if (typeof raw['function'] !== 'string') {
    problems.push({ path: raw['function'] === undefined ? [] : ['function'], message: 'a signature map needs "function" (the function string) or "class", "constructor" and "methods"' });
  } else {
    const r = run(raw['function'], [], (p) => p.fn('function'), names);
    add(r, ['function']);
    if (r.value) signature = { kind: 'function', function: r.value, records };
  }
  if (signature && problems.length === 0) problems.push(...recordProblems(signature));
  return problems.length === 0 && signature ? { value: signature, problems } : { problems };
}

/**
 * Records that can never be written down (one holds itself through fields that are neither nullable
 * nor a collection), and records nothing uses.
 */
function recordProblems(sig: Signature): SignatureProblem[] {
  const out: SignatureProblem[] = [];
  const byName = new Map(sig.records.map((r) => [r.name, r]));
  const mustHold = (t: Type): string[] => (t.kind === 'record' ? [t.name] : t.kind === 'tuple' ? t.items.flatMap(mustHold) : []);
  for (const r of sig.records) {
    const seen = new Set<string>();
    const stack = r.fields.filter((f) => !f.optional).flatMap((f) => mustHold(f.type));
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n === r.name) {
        out.push({ path: ['records', r.name], offset: 0, message: `record ${r.name} always contains another ${r.name}, so no value can be written: make the field nullable (${r.name}?) or optional` });
        break;
      }
      if (seen.has(n)) continue;
      seen.add(n);
      for (const f of byName.get(n)?.fields ?? []) if (!f.optional) stack.push(...mustHold(f.type));
    }
  }
  const used = new Set<string>();
  const visit = (t: Type): void => {
    if (t.kind === 'record') {
      if (used.has(t.name)) return;
      used.add(t.name);
      for (const f of byName.get(t.name)?.fields ?? []) visit(f.type);
    } else if (t.kind === 'list' || t.kind === 'set') visit(t.element);
    else if (t.kind === 'map') {
      visit(t.key);
      visit(t.value);
    }
    else if (t.kind === 'tuple') t.items.forEach(visit);
    else if (t.kind === 'nullable') visit(t.inner);
  };
  for (const fn of sig.kind === 'function' ? [sig.function] : sig.methods) {
    fn.params.forEach((p) => visit(p.type));
    visit(fn.returns);
  }
  if (sig.kind === 'class') sig.constructorParams.forEach((p) => visit(p.type));
  for (const r of sig.records) if (!used.has(r.name)) out.push({ path: ['records', r.name], message: `record ${r.name} is declared but no parameter or result uses it` });
  return out;
}
