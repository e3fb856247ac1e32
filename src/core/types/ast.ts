// The type language of question signatures, as plain data: what the parser returns, what the
// printers, the value checker and every runtime's starter and glue generator read. See TYPES.md.

/** Offsets into the text a node was parsed from: 0-based, `end` exclusive. Absent on built nodes. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** `int` is 32-bit signed, `long` 64-bit signed, `float` an IEEE double. */
export const SCALAR_KINDS = ['int', 'long', 'float', 'bool', 'string'] as const;
export type ScalarKind = (typeof SCALAR_KINDS)[number];

/** Types a map key or a set element may have: every language hashes and orders them the same way. */
export const KEY_KINDS = ['int', 'long', 'string'] as const;
export type KeyKind = (typeof KEY_KINDS)[number];

export interface ScalarType {
  readonly kind: ScalarKind;
  readonly span?: Span;
}

/** Any JSON value: null, bool, a number, a string, a list of JSON values, a map from string to JSON values. */
export interface JsonType {
  readonly kind: 'json';
  readonly span?: Span;
}

/** Only as the whole return type of a function or method. */
export interface VoidType {
  readonly kind: 'void';
  readonly span?: Span;
}

export interface ListType {
  readonly kind: 'list';
  readonly element: Type;
  readonly span?: Span;
}

/** Elements are int, long or string. Written in a question file as a list without repeats. */
export interface SetType {
  readonly kind: 'set';
  readonly element: Type;
  readonly span?: Span;
}

/** Keys are int, long or string. */
export interface MapType {
  readonly kind: 'map';
  readonly key: Type;
  readonly value: Type;
  readonly span?: Span;
}

/** A fixed-length list whose positions have their own types (`tuple<long, string>`); two or more items. */
export interface TupleType {
  readonly kind: 'tuple';
  readonly items: readonly Type[];
  readonly span?: Span;
}

/** `T?`: a T or null. Never nested (`T??`), never around `void` or `json` (which holds null already). */
export interface NullableType {
  readonly kind: 'nullable';
  readonly inner: Type;
  readonly span?: Span;
}

/** A reference to a record declared in the same signature (`TreeNode`). */
export interface RecordRef {
  readonly kind: 'record';
  readonly name: string;
  readonly span?: Span;
}

export type Type = ScalarType | JsonType | VoidType | ListType | SetType | MapType | TupleType | NullableType | RecordRef;

export interface Param {
  readonly name: string;
  readonly type: Type;
  readonly span?: Span;
}

/** `pairWithSum(nums: list<int>, target: int) -> list<int>`; also a design class's method. */
export interface FunctionSignature {
  readonly name: string;
  readonly params: readonly Param[];
  readonly returns: Type;
  readonly span?: Span;
}

/** One field of a record. An optional field (`orderId?: int`) may be absent; it is never also nullable. */
export interface RecordField {
  readonly name: string;
  readonly type: Type;
  readonly optional: boolean;
  readonly span?: Span;
}

/**
 * A named object shape (`TreeNode: "{ val: int, left: TreeNode?, right: TreeNode? }"`): a map with
 * exactly these keys in JavaScript and Python, a class or struct in Java, Go and C++. Records may
 * refer to each other and to themselves.
 */
export interface RecordDecl {
  readonly name: string;
  readonly fields: readonly RecordField[];
  readonly span?: Span;
}

export interface FunctionDrillSignature {
  readonly kind: 'function';
  readonly function: FunctionSignature;
  /** Declaration order. */
  readonly records: readonly RecordDecl[];
}

export interface ClassDrillSignature {
  readonly kind: 'class';
  readonly className: string;
  readonly constructorParams: readonly Param[];
  /** Declaration order; names are unique (no overloads). */
  readonly methods: readonly FunctionSignature[];
  readonly records: readonly RecordDecl[];
}

export type Signature = FunctionDrillSignature | ClassDrillSignature;
