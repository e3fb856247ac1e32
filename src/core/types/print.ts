// Prints the AST back in the question format's own notation; parse(print(x)) gives x back (spans aside).
import type { FunctionSignature, Param, RecordDecl, Signature, Type } from './ast';

export function printType(t: Type): string {
  switch (t.kind) {
    case 'list':
    case 'set':
      return `${t.kind}<${printType(t.element)}>`;
    case 'map':
      return `map<${printType(t.key)}, ${printType(t.value)}>`;
    case 'tuple':
      return `tuple<${t.items.map(printType).join(', ')}>`;
    case 'nullable':
      return `${printType(t.inner)}?`;
    case 'record':
      return t.name;
    default:
      return t.kind;
  }
}

/** `(a: int, b: list<string>)` */
export function printParams(params: readonly Param[]): string {
  return `(${params.map((p) => `${p.name}: ${printType(p.type)}`).join(', ')})`;
}

/** `name(a: int) -> list<int>` */
export function printFunction(fn: FunctionSignature): string {
  return `${fn.name}${printParams(fn.params)} -> ${printType(fn.returns)}`;
}

/** `{ val: int, left: TreeNode?, note?: string }` */
export function printRecord(r: RecordDecl): string {
  return `{ ${r.fields.map((f) => `${f.name}${f.optional ? '?' : ''}: ${printType(f.type)}`).join(', ')} }`;
}

/** The `signature:` value a question file would hold: a string, or the map form. */
export function printSignature(sig: Signature): string | Record<string, unknown> {
  const records = sig.records.length > 0 ? { records: Object.fromEntries(sig.records.map((r) => [r.name, printRecord(r)])) } : {};
  if (sig.kind === 'function') return sig.records.length === 0 ? printFunction(sig.function) : { function: printFunction(sig.function), ...records };
  return { class: sig.className, constructor: printParams(sig.constructorParams), methods: sig.methods.map(printFunction), ...records };
}
