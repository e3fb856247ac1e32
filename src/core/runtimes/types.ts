// One language = one Runtime. Everything the rest of the code needs to know about a language is
// here, so adding one is a module plus one entry in RUNTIMES (the compiler lists what is missing).
import type { Kind, Question } from '../model';
import type { MemoryEngine, Platform } from '../platform';

/**
 * Languages a solution can be written in. Compiled languages (Java, Go, C++) fit the same
 * interface: `prepare` compiles into the cache folder and maps compiler errors to the person's line.
 */
export const LANGUAGES = ['javascript', 'typescript', 'python', 'sql', 'go', 'cpp', 'java'] as const;
export type Language = (typeof LANGUAGES)[number];

/** How comments look, for reading the person's reasoning out of their file. */
export interface CommentSyntax {
  readonly line: string;
  readonly block?: readonly [open: string, close: string];
  /** Python: triple-quoted strings count as comments. */
  readonly docstrings?: boolean;
}

/** What finding a toolchain may use: the person's explicit choice, the editor's suggestion, a way to probe. */
export interface ToolchainContext {
  readonly platform: Platform;
  /** The Node.js that runs JavaScript harnesses (VS Code's own in the extension). */
  readonly nodePath: string;
  readonly nodeEnv: Readonly<Record<string, string>>;
  /** The person's explicit choice for this runtime's toolchain (a setting, or an environment variable in the CLI). */
  configured(runtime: Runtime): string | undefined;
  /** Where that choice is made, for messages: `interviewDrills.pythonPath`, `DRILLS_PYTHON`. */
  settingName(runtime: Runtime): string;
  /** A toolchain the editor suggests (the Python extension's interpreter). */
  suggested(runtime: Runtime): Promise<string | undefined>;
  /** Runs a probe command (`python3 -c …`) with a short timeout. */
  probe(command: string, args: readonly string[]): Promise<{ ok: boolean; stdout: string; stderr: string }>;
  /** Remembers a resolution for the life of the judge (failures are forgotten, so a later install is found). */
  memo<T>(key: string, make: () => Promise<T>): Promise<T>;
}

/** A resolved toolchain: the real binary (never a shim), ready to start. */
export interface Toolchain {
  readonly command: string;
  readonly version?: string;
  /** Environment the toolchain needs (VS Code's executable runs as Node with ELECTRON_RUN_AS_NODE). */
  readonly env?: Readonly<Record<string, string>>;
}

/** Thrown by `Runtime.find`: the message says what to install or which setting to set. */
export class ToolchainMissing extends Error {
  readonly kind = 'toolchain-missing';
}

export interface PrepareContext {
  readonly question: Question;
  /** The person's source. */
  readonly code: string;
  /** This run's private temporary folder: the harness and the solution are written here. */
  readonly dir: string;
  readonly toolchain: Toolchain;
  readonly platform: Platform;
  readonly memoryMb: number;
  /** Where compiled artefacts are cached by content hash (compiled languages). */
  readonly cacheDir?: string;
}

/** Which file descriptors of the child carry the protocol's channels (see PROTOCOL.md). */
export interface Channels {
  /** Parent → harness, one JSON line per message. */
  readonly cases: number;
  /** Harness → parent, token-tagged JSON lines. */
  readonly results: number;
  /** Parent → harness, never written: its end of file means the parent is gone. */
  readonly lifeline: number;
}

export const DEFAULT_CHANNELS: Channels = { cases: 4, results: 3, lifeline: 5 };

/** How to start the ONE process that runs every case of a run. */
export interface ProcessPlan {
  readonly command: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  /** Working directory holding the harness and the solution file. */
  readonly cwd: string;
  /** Harness settings besides what the session adds (token, channels, output cap). */
  readonly config: Readonly<Record<string, unknown>>;
  readonly channels: Channels;
  /**
   * The program lives outside the run's folder (in the build cache) and reads nothing from it, so a
   * process for the next run of the same program may be started ahead, in a folder of its own, with
   * the run's folder in its plan replaced by that one (../judge/standby.ts).
   */
  readonly startsAhead?: boolean;
}

/** A solution that does not compile, with the position in the person's own file. */
export interface CompileFailure {
  readonly kind: 'compile-error';
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export interface ValueCost {
  readonly number: number;
  readonly string: number;
  readonly list: number;
}

export interface Runtime {
  readonly id: Language;
  readonly label: string;
  /** One line for the language picker. */
  readonly description: string;
  /** File name extensions, lower case with the dot; the first names new solution files. */
  readonly extensions: readonly string[];
  readonly solutionFileName: string;
  /** Question kinds it can solve. */
  readonly kinds: readonly Kind[];
  /** The setting that names its toolchain, when it has one. */
  readonly setting?: string;
  readonly comments: CommentSyntax;
  /**
   * Languages whose reference solutions and test scripts it runs, in order of preference
   * (TypeScript runs JavaScript too).
   */
  readonly sourceLanguages: readonly Language[];
  /**
   * Roughly what a decoded value costs in memory here, in bytes: a number (or bool, or null) in a
   * list, a string beyond its characters, a list or map beyond its items. Measure Complexity uses it
   * to decide how many copies of an input it may hold at once (judge `repsFor`); unset, it assumes
   * 64 for each.
   */
  readonly valueCost?: ValueCost;
  /** Why this runtime cannot solve `q`, or true. */
  supports(q: Question): true | string;
  /** A new solution file: the reasoning template and the entry point to fill in. */
  starter(q: Question): string;
  /**
   * Files written once beside a new or opened solution (never overwritten) so the editor's language
   * service treats the drill's folder as its own project: a TypeScript solution beside a JavaScript
   * one must not see it as a duplicate declaration.
   */
  readonly editorFiles?: readonly { readonly name: string; readonly content: string }[];
  /** The 1-based line declaring the entry point in the person's code, where "Run tests" goes. */
  entryLine(code: string, q: Question): number | undefined;
  find(ctx: ToolchainContext): Promise<Toolchain>;
  prepare(ctx: PrepareContext): Promise<ProcessPlan | CompileFailure>;
}

export function isCompileFailure(p: ProcessPlan | CompileFailure): p is CompileFailure {
  return (p as CompileFailure).kind === 'compile-error';
}

/** Environment variables that reach judged code; everything else (API keys, tokens) is dropped. */
const KEEP_ENV = ['PATH', 'LANG', 'LC_ALL', 'LC_CTYPE', 'TZ', 'SYSTEMROOT', 'WINDIR', 'COMSPEC', 'PATHEXT'];

export function scrubbedEnv(home: string, extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const k of KEEP_ENV) if (process.env[k] !== undefined) env[k] = process.env[k];
  return { ...env, HOME: home, USERPROFILE: home, TMPDIR: home, TEMP: home, TMP: home, ...extra };
}

export type { MemoryEngine };
