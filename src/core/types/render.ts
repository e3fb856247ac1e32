// How the type language reads in the languages whose starters are generated here (JavaScript with
// JSDoc, TypeScript, Python type hints). Runtimes for other languages render the AST themselves.
import type { RecordDecl, Signature, Type } from './ast';

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Every type used anywhere in a signature (parameters, results, record fields), outermost first. */
export function typesIn(sig: Signature): Type[] {
  const out: Type[] = [];
  const visit = (t: Type): void => {
    out.push(t);
    if (t.kind === 'list' || t.kind === 'set') visit(t.element);
    else if (t.kind === 'map') {
      visit(t.key);
      visit(t.value);
    }
    else if (t.kind === 'tuple') t.items.forEach(visit);
    else if (t.kind === 'nullable') visit(t.inner);
  };
  const fns = sig.kind === 'function' ? [sig.function] : sig.methods;
  for (const fn of fns) {
    fn.params.forEach((p) => visit(p.type));
    visit(fn.returns);
  }
  if (sig.kind === 'class') sig.constructorParams.forEach((p) => visit(p.type));
  for (const r of sig.records) r.fields.forEach((f) => visit(f.type));
  return out;
}

/**
 * The first type in the signature a language cannot express, with the reason `why` gives for it
 * (for a runtime's `supports`), or undefined when it expresses all of them.
 */
export function inexpressible(sig: Signature, why: (t: Type) => string | undefined): string | undefined {
  for (const t of typesIn(sig)) {
    const reason = why(t);
    if (reason) return reason;
  }
  return undefined;
}

/** The TypeScript alias the starters declare when a signature uses `json`. */
export const TS_JSON_ALIAS = 'type Json = null | boolean | number | string | Json[] | { [key: string]: Json };';

/**
 * TypeScript (also JSDoc, which VS Code reads with TypeScript's checker): int, long and float are
 * `number`; a map with string keys is a plain object, one with integer keys a `Map`.
 */
export function tsType(t: Type): string {
  switch (t.kind) {
    case 'int':
    case 'long':
    case 'float':
      return 'number';
    case 'bool':
      return 'boolean';
    case 'string':
      return 'string';
    case 'void':
      return 'void';
    case 'json':
      return 'Json';
    case 'list': {
      const inner = tsType(t.element);
      return inner.includes('|') ? `(${inner})[]` : `${inner}[]`;
    }
    case 'set':
      return `Set<${tsType(t.element)}>`;
    case 'map':
      return t.key.kind === 'string' ? `Record<string, ${tsType(t.value)}>` : `Map<number, ${tsType(t.value)}>`;
    case 'tuple':
      return `[${t.items.map(tsType).join(', ')}]`;
    case 'nullable':
      return `${tsType(t.inner)} | null`;
    case 'record':
      return t.name;
  }
}

function tsKey(name: string): string {
  return PLAIN_KEY.test(name) ? name : JSON.stringify(name);
}

/** `interface TreeNode { val: number; left: TreeNode | null; }` */
export function tsRecord(r: RecordDecl): string[] {
  return [`interface ${r.name} {`, ...r.fields.map((f) => `  ${tsKey(f.name)}${f.optional ? '?' : ''}: ${tsType(f.type)};`), '}'];
}

/** A JSDoc `@typedef` block for a record. */
export function jsDocRecord(r: RecordDecl): string[] {
  return [
    '/**',
    ` * @typedef {object} ${r.name}`,
    ...r.fields.map((f) => ` * @property {${tsType(f.type)}} ${f.optional ? `[${f.name}]` : f.name}`),
    ' */',
  ];
}

export const JSDOC_JSON_ALIAS = ['/** @typedef {null | boolean | number | string | Json[] | { [key: string]: Json }} Json */'];

/** `typing` names a Python rendering needs (`List`, `Optional`, …). */
export function pythonImports(sig: Signature): string[] {
  const names = new Set<string>();
  for (const t of typesIn(sig)) {
    if (t.kind === 'list') names.add('List');
    else if (t.kind === 'set') names.add('Set');
    else if (t.kind === 'map') names.add('Dict');
    else if (t.kind === 'tuple') names.add('Tuple');
    else if (t.kind === 'nullable') names.add('Optional');
    else if (t.kind === 'json') names.add('Any');
  }
  if (sig.records.length > 0) names.add('TypedDict');
  return [...names].sort();
}

/**
 * Python type hints in the `typing` spelling, which every Python 3.8+ reads (`list[int]` needs
 * 3.9). Records are quoted where they may not be defined yet (inside record bodies).
 */
export function pythonType(t: Type, quoteRecords = false): string {
  switch (t.kind) {
    case 'int':
    case 'long':
      return 'int';
    case 'float':
      return 'float';
    case 'bool':
      return 'bool';
    case 'string':
      return 'str';
    case 'void':
      return 'None';
    case 'json':
      return 'Any';
    case 'list':
      return `List[${pythonType(t.element, quoteRecords)}]`;
    case 'set':
      return `Set[${pythonType(t.element, quoteRecords)}]`;
    case 'map':
      return `Dict[${pythonType(t.key, quoteRecords)}, ${pythonType(t.value, quoteRecords)}]`;
    case 'tuple':
      return `Tuple[${t.items.map((x) => pythonType(x, quoteRecords)).join(', ')}]`;
    case 'nullable':
      return `Optional[${pythonType(t.inner, quoteRecords)}]`;
    case 'record':
      return quoteRecords ? JSON.stringify(t.name) : t.name;
  }
}

const PYTHON_KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
  'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
  'while', 'with', 'yield',
]);

/**
 * A record as a `TypedDict`. Optional fields go in a `total=False` subclass of a class holding the
 * required ones (the form Python before 3.11 understands); field names that are not Python
 * identifiers use the call form.
 */
export function pythonRecord(r: RecordDecl): string[] {
  const required = r.fields.filter((f) => !f.optional);
  const optional = r.fields.filter((f) => f.optional);
  const field = (f: RecordDecl['fields'][number]): string => `${JSON.stringify(f.name)}: ${pythonType(f.type, true)}`;
  if (r.fields.some((f) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(f.name) || PYTHON_KEYWORDS.has(f.name))) {
    if (optional.length === 0) return [`${r.name} = TypedDict(${JSON.stringify(r.name)}, {${required.map(field).join(', ')}})`];
    // The call form has no bases: every field is marked optional, and the comment says which are not.
    return [`${r.name} = TypedDict(${JSON.stringify(r.name)}, {${r.fields.map(field).join(', ')}}, total=False)  # always present: ${required.map((f) => f.name).join(', ') || 'none'}`];
  }
  const body = (fs: readonly RecordDecl['fields'][number][]): string[] => fs.map((f) => `    ${f.name}: ${pythonType(f.type, true)}`);
  if (optional.length === 0) return [`class ${r.name}(TypedDict):`, ...body(required)];
  if (required.length === 0) return [`class ${r.name}(TypedDict, total=False):`, ...body(optional)];
  return [`class _${r.name}Required(TypedDict):`, ...body(required), '', '', `class ${r.name}(_${r.name}Required, total=False):`, ...body(optional)];
}
