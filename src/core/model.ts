// The domain model shared by the question bank, judge, reviewer, practice loop, CLI and UI.
// Plain data only: no behaviour, no vscode.
import type { Language } from './runtimes/types';
import type { Signature, Type } from './types/ast';

export const TOPICS = [
  'api-design',
  'databases',
  'system-design',
  'auth',
  'algorithms',
  'concurrency',
  'behavioral',
] as const;
export type Topic = (typeof TOPICS)[number];

export const TOPIC_TITLES: Readonly<Record<Topic, string>> = {
  'api-design': 'API Design & REST',
  databases: 'Database Design & Normalization',
  'system-design': 'System Design & Scalability',
  auth: 'Authentication & Authorization',
  algorithms: 'Data Structures & Algorithms',
  concurrency: 'Concurrency & Distributed Systems',
  behavioral: 'Behavioral (STAR)',
};

/** Question kinds; what each one means lives in kinds.ts (`KINDS`). */
export const KIND_IDS = ['coding', 'sql', 'system-design', 'behavioral'] as const;
export type Kind = (typeof KIND_IDS)[number];

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const COMPARE_MODES = ['exact', 'unordered', 'float', 'checker'] as const;
export type CompareMode = (typeof COMPARE_MODES)[number];

/** Languages have one home each: src/core/runtimes/ (one module per language, one table). */
export type { Language };

/** Where a question came from; workspace packs are untrusted and get fewer powers. */
export type PackSource = 'builtin' | 'user' | 'workspace';

/** A call case: `function(...args)` must return `expected`. */
export interface CallCase {
  readonly type: 'call';
  readonly name: string;
  readonly args: readonly unknown[];
  readonly expected: unknown;
  readonly hidden: boolean;
  /** A worst-case input too large to write out: `args` come from the scaling generator at this n. */
  readonly size?: number;
  /** An answer too large to write out: the SHA-256 of its canonical JSON (then `expected` is unused). */
  readonly expectedSha256?: string;
  /** 1-based line of the case in its question file. */
  readonly line?: number;
}

/** A design-class case: construct `ops[0]`, then call each following op; results compared as a list. */
export interface OpsCase {
  readonly type: 'ops';
  readonly name: string;
  readonly ops: readonly string[];
  readonly args: readonly (readonly unknown[])[];
  readonly expected: readonly unknown[];
  readonly hidden: boolean;
  /** A worst-case sequence: the scaling generator at this n returns [ops, args]. */
  readonly size?: number;
  /** The results list's SHA-256 (canonical JSON) when it is too large to write out. */
  readonly expectedSha256?: string;
  readonly line?: number;
}

/**
 * A script case: a short body per language that exercises the solution and returns what it
 * observed; the parent compares that value with `expected`, so nothing in the solution's process
 * decides the verdict.
 */
export interface ScriptCase {
  readonly type: 'script';
  readonly name: string;
  readonly script: Readonly<Partial<Record<Language, string>>>;
  readonly expected: unknown;
  /** The declared type of what the script returns (`returns: list<int>`), when given. */
  readonly returns?: Type;
  readonly hidden: boolean;
  readonly line?: number;
}

/** SQL cases: run the person's query and compare rows, or run a statement that must succeed or fail. */
export interface SqlQueryCase {
  readonly type: 'sql-query';
  readonly name: string;
  /** Extra statements run before the person's query (seed data for this case). */
  readonly setup: string;
  /** Query to run; empty means "the person's own query" (query drills). */
  readonly query: string;
  /**
   * A query whose plan is read back: its `EXPLAIN QUERY PLAN` rows are put in a temporary table
   * `query_plan(id, parent, detail)` before `query` runs, so the case judges how SQLite would run it.
   */
  readonly plan?: string;
  readonly expected: readonly (readonly unknown[])[];
  readonly ordered: boolean;
  readonly hidden: boolean;
  readonly line?: number;
}

export interface SqlStatementCase {
  readonly type: 'sql-statement';
  readonly name: string;
  readonly setup: string;
  readonly statement: string;
  readonly expect: 'succeed' | 'fail';
  readonly hidden: boolean;
  readonly line?: number;
}

export type TestCase = CallCase | OpsCase | ScriptCase | SqlQueryCase | SqlStatementCase;

export interface Limits {
  /** Per-case wall-clock limit. */
  readonly timeMs: number;
  /** Memory limit for the solution process. */
  readonly memoryMb: number;
}

export const DEFAULT_LIMITS: Limits = { timeMs: 2000, memoryMb: 256 };

/** A clarifying question a strong candidate would ask, with the interviewer's answer. */
export interface ClarifyingNote {
  readonly question: string;
  readonly answer: string;
  /** Lower-case words that identify the question when a person asks it in their own words. */
  readonly keywords: readonly string[];
}

/** Generates inputs of size n for complexity measurement. Source is JavaScript run in the judge. */
export interface Scaling {
  /** Body of `(n, rand) => args[]` in JavaScript. */
  readonly generator: string;
  readonly sizes: readonly number[];
}

export interface RubricItem {
  readonly dimension: string;
  readonly weight: number;
  readonly lookFor: string;
}

/**
 * An idea a strong answer names, with the words people use for it. A synonym may join phrases with
 * `&` when they must occur in one sentence ("hash & collision"). A name from the shared vocabulary
 * ("caching", "idempotency", …) brings that entry's synonyms along.
 */
export interface Concept {
  readonly name: string;
  readonly synonyms: readonly string[];
}

/** Rules for one argument; every rule is optional. */
export interface ArgRule {
  /** Every number in the argument (inside lists and maps too) lies in [min, max]. */
  readonly range?: readonly [number, number];
  /** The argument (a list or a string) has a length in [min, max]. */
  readonly length?: readonly [number, number];
  /** Rules for each element of a list argument. */
  readonly items?: ArgRule;
  /** A list argument has no two equal elements. */
  readonly distinct?: boolean;
  /** A list argument is in non-decreasing order. */
  readonly sorted?: boolean;
  /** Every string in the argument matches this regular expression as a whole. */
  readonly pattern?: string;
}

export interface Preconditions {
  /** Function drills: rules by parameter name. */
  readonly args: Readonly<Record<string, ArgRule>>;
  /** Class drills: rules by method (or class, for the constructor), one entry per argument position. */
  readonly ops: Readonly<Record<string, readonly (ArgRule | null)[]>>;
  /** Class drills: how many calls (operations after the constructor) a case may make. */
  readonly calls?: readonly [number, number];
  /**
   * A JavaScript brute force with the drill's entry point that returns the list of ALL valid
   * answers (file name in the drill's folder). `validate --strict` runs it on every written case.
   */
  readonly oracle?: string;
  /** The prompt promises exactly one valid answer per case (needs `oracle`). */
  readonly uniqueAnswer: boolean;
}

/**
 * A decomposition drill: the person's tables decompose this relation. Before every case the judge
 * creates it as a temporary table whose inserted rows are projected onto each of the person's tables,
 * a view `rejoined` (the natural join of those tables), and the views `stored_columns(table_name,
 * column_name)` and `stored_rows(table_name, n)`, so cases can judge lossless join, enforced
 * dependencies and redundancy by behaviour, whatever the tables are called.
 */
export interface Relation {
  readonly name: string;
  readonly columns: readonly string[];
}

export interface Question {
  readonly id: string;
  readonly title: string;
  readonly topic: Topic;
  readonly kind: Kind;
  readonly difficulty: Difficulty;
  readonly minutes: number;
  /** Markdown. */
  readonly prompt: string;
  readonly tags: readonly string[];
  /** The languages the drill is offered in, when its author narrowed them; absent: every language that can express it. */
  readonly languages?: readonly Language[];
  /** Progressive hints, revealed one at a time. */
  readonly hints: readonly string[];
  /**
   * The typed signature (`signature:`), parsed. `function`, `params` and `className` are derived from
   * it when it is given; packs without one name the entry point with `function:`/`params:`/`class:`.
   */
  readonly signature?: Signature;
  /** Entry point name for coding questions (function questions). */
  readonly function?: string;
  /** Parameter names of the function, e.g. [nums, target]. */
  readonly params: readonly string[];
  /** Class name for design-class questions. */
  readonly className?: string;
  /** Starter code per language; generated from function/class when missing. */
  readonly starter: Readonly<Partial<Record<Language, string>>>;
  readonly tests: readonly TestCase[];
  readonly compare: CompareMode;
  /** Absolute tolerance for `compare: float`. */
  readonly tolerance: number;
  /** JavaScript body of `(args, expected, actual) => boolean` for `compare: checker` (trusted packs only). */
  readonly checker?: string;
  readonly limits: Limits;
  /** SQL drills: schema and seed data created before every case. */
  readonly schema?: string;
  readonly complexity?: { readonly time: string; readonly space: string };
  readonly scaling?: Scaling;
  readonly clarifications: readonly ClarifyingNote[];
  readonly rubric: readonly RubricItem[];
  /** The ideas a strong answer names, per rubric dimension (lower-case dimension name → concepts). */
  readonly concepts: Readonly<Record<string, readonly Concept[]>>;
  /** Markdown model answer shown only after an attempt (design and behavioral drills). */
  readonly outline?: string;
  /** Reference and known-wrong solutions by language, file names relative to the question file. */
  readonly solutions: Readonly<Partial<Record<Language, string>>>;
  readonly wrongSolutions: readonly { readonly language: Language; readonly file: string; readonly expect?: Verdict }[];
  /** Other correct solutions (another approach, another answer order) that must be accepted too. */
  readonly alternativeSolutions: readonly { readonly language: Language; readonly file: string }[];
  /** What the prompt promises about the inputs, checked on every case by `validate`. */
  readonly preconditions?: Preconditions;
  /** SQL decomposition drills: the relation the person's tables decompose. */
  readonly relation?: Relation;
  /** Absolute path of the YAML file. */
  readonly file: string;
  readonly source: PackSource;
}

export const VERDICTS = [
  'accepted',
  'wrong-answer',
  'time-limit',
  'memory-limit',
  'output-limit',
  'runtime-error',
  'compile-error',
  'incomplete',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What a case gave the solution, readable (see judge/input.ts); hidden cases carry it only once revealed. */
export interface CaseInput {
  /** Readable, possibly shortened: long lists show their head and how many more. */
  readonly text: string;
  /** The arguments as written in the question (function and design-class cases that are written out). */
  readonly args?: readonly unknown[];
  /** Design-class cases: the operations, in order (the first constructs). */
  readonly ops?: readonly string[];
  /** Generated worst cases: the n their input was generated for. */
  readonly size?: number;
}

export interface CaseResult {
  readonly name: string;
  readonly verdict: Verdict;
  readonly timeMs: number;
  readonly hidden: boolean;
  /** What the case gave the solution; absent for a hidden case that was not revealed. */
  readonly input?: CaseInput;
  readonly expected?: unknown;
  readonly actual?: unknown;
  readonly stdout: string;
  readonly stderr: string;
  readonly error?: string;
  /** 1-based line in the person's file the error points at, when known. */
  readonly line?: number;
  /** SHA-256 of the returned value's canonical JSON (function cases), for writing expectedSha256. */
  readonly answerSha256?: string;
}

export interface RunResult {
  readonly questionId: string;
  readonly language: Language;
  readonly mode: 'run' | 'submit';
  /** First non-accepted case's verdict, else `accepted`. */
  readonly verdict: Verdict;
  readonly cases: readonly CaseResult[];
  readonly totalMs: number;
  /** Something went wrong around the run that the person should know (a process the judge could not stop). */
  readonly warnings?: readonly string[];
}

/** A problem found in a question file: `file:line:col: message`. */
export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col}: ${d.severity === 'warning' ? 'warning: ' : ''}${d.message}`;
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}

export const SEVERITIES = ['essential', 'actionable', 'informative', 'celebratory'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Remark {
  /** 1-based line in the person's file. */
  readonly line: number;
  readonly severity: Severity;
  readonly message: string;
  /** Deterministic checks always stand; a model can only add to them. */
  readonly source: 'check' | 'model';
}

/** What a score rests on: something found in the person's answer, and where. */
export interface Evidence {
  readonly kind: 'concept' | 'question' | 'item' | 'quantity' | 'arithmetic' | 'signal' | 'filler' | 'section' | 'test';
  /** 1-based line in the person's file (0 when the evidence is not on one line, e.g. test results). */
  readonly line: number;
  /** The person's own words (a short quote), or the measured fact. */
  readonly text: string;
  /** What it counts as: the concept's name, the note it matches, the arithmetic worked out. */
  readonly detail?: string;
  /** Arithmetic that does not add up, filler: evidence against. */
  readonly against?: boolean;
}

export interface RubricScore {
  readonly dimension: string;
  readonly score: 1 | 2 | 3 | 4;
  readonly why: string;
  /** The findings the score rests on (checklist scores always carry them). */
  readonly evidence?: readonly Evidence[];
}

export interface Review {
  readonly provider: string;
  readonly summary: string;
  readonly scores: readonly RubricScore[];
  readonly remarks: readonly Remark[];
  /** The model's answer as received, when it could not be used as structured feedback. */
  readonly raw?: string;
  /** Something the person should know about this review (model output unusable, partial stream…). */
  readonly note?: string;
  /** The provider failed; the deterministic findings above are still complete. */
  readonly error?: string;
}
