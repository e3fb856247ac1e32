// The type language of question signatures: AST, parser, printer, value checker and the
// renderings the generated starters use. TYPES.md beside this file describes it for runtime authors.
export * from './ast';
export { parseSignature, parseType, parseFunction, parseRecord, type ParseResult, type SignatureProblem } from './parse';
export { printType, printParams, printFunction, printRecord, printSignature } from './print';
export { checkValue, describeValue, formatValuePath, type CheckOptions, type ValueProblem, type ValueStep } from './check';
export { keywordIn } from './names';
export {
  typesIn, inexpressible, tsType, tsRecord, jsDocRecord, pythonType, pythonRecord, pythonImports, TS_JSON_ALIAS, JSDOC_JSON_ALIAS,
} from './render';

import type { FunctionSignature, Param, RecordDecl, Signature } from './ast';

/** The record declared under `name`. */
export function recordNamed(sig: Signature, name: string): RecordDecl | undefined {
  return sig.records.find((r) => r.name === name);
}

/** A class signature's method by name. */
export function methodNamed(sig: Signature, name: string): FunctionSignature | undefined {
  return sig.kind === 'class' ? sig.methods.find((m) => m.name === name) : undefined;
}

/** The entry point's parameters: the function's, or the constructor's for a design class. */
export function entryParams(sig: Signature): readonly Param[] {
  return sig.kind === 'function' ? sig.function.params : sig.constructorParams;
}
