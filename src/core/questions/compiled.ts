import * as fs from 'fs';
import * as path from 'path';
import type { Diagnostic, PackSource, Question } from '../model';
import { decodeValue, encodeValue, type Encoded } from './codec';
import type { LoadResult } from './loader';

/**
 * The built-in bank, compiled at build time from the YAML files (which stay the source of truth)
 * into `dist/bank.jsonl`: line 1 is an index (per file: its stamp, content hash, diagnostics and the
 * question's list fields), each further line one question's remaining fields. Loading reads one
 * file and decodes the index; a question's details (prompt, tests, …) are decoded the first time
 * one of them is read, so `drills list` never decodes a test case and a run decodes one question.
 * Values are stored in the exact tagged form of `codec.ts`.
 *
 * Every build regenerates the bank. A development build also records the stamps of the folders and
 * files it read, and a loader uses a compiled entry only while its YAML file is unchanged (same size
 * and mtime, or else the same SHA-256) and walks the folder again when a folder changed, so an
 * edited, added or removed file is parsed from YAML as usual even before the next build. A
 * production build (a packaged extension, whose questions cannot change apart from its bank, and
 * whose installed files carry install-time stamps) is used as it is.
 */
export const COMPILED_FORMAT = 1;

/** Fields decoded with the index: what lists, trees and pickers show. The rest wait until read. */
const EAGER_FIELDS = new Set(['id', 'title', 'topic', 'kind', 'difficulty', 'minutes', 'tags']);

/** Where the build writes the compiled bank for a built-in questions folder (`<root>/questions` → `<root>/dist/bank.jsonl`). */
export function compiledBankPath(questionsDir: string): string {
  return path.join(path.dirname(questionsDir), 'dist', 'bank.jsonl');
}

interface IndexEntry {
  /** Path relative to the questions folder, with `/` separators. */
  readonly file: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly sha256: string;
  readonly diagnostics: readonly Omit<Diagnostic, 'file'>[];
  readonly question?: {
    /** Every field of the loaded question, in the loader's order. */
    readonly keys: readonly string[];
    readonly eager: Readonly<Record<string, Encoded>>;
    /** Byte range of the detail line, counted from the first byte after the index line. */
    readonly at: readonly [number, number];
  };
}

interface IndexLine {
  readonly format: number;
  /** Compare the YAML files with the bank before using it (development builds). */
  readonly checkSources: boolean;
  /** Folders whose listings gave `files`, relative, with their mtimes: while all are unchanged, so is the list. */
  readonly dirs: readonly { readonly dir: string; readonly mtimeMs: number }[];
  /** In the order `findQuestionFiles` gives them. */
  readonly files: readonly IndexEntry[];
}

export interface CompileOptions {
  /** The folders `findQuestionFiles` read to find the files (its `visited` list). */
  readonly dirs: readonly string[];
  /** Development builds: loaders check the YAML files' stamps against the bank. */
  readonly checkSources: boolean;
}

function relativeKey(questionsDir: string, file: string): string {
  return path.relative(questionsDir, file).split(path.sep).join('/');
}

/** `crypto` (and the streams it loads) is needed only when a stamp differs, so it is not loaded at start-up. */
async function sha256(bytes: Buffer): Promise<string> {
  const { createHash } = await import('crypto');
  return createHash('sha256').update(bytes).digest('hex');
}

export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly sha256: string;
}

/**
 * A file's stamp, to be taken before the file is loaded: if it changes while it is being loaded, the
 * bank records the older stamp, so a loader sees the change and parses the file itself.
 */
export async function stampOf(file: string): Promise<FileStamp> {
  const stat = fs.statSync(file);
  return { size: stat.size, mtimeMs: stat.mtimeMs, sha256: await sha256(fs.readFileSync(file)) };
}

/**
 * The compiled bank's text for `loaded` (files under `questionsDir`, each with what loading it gave
 * and its stamp from before). Throws a CodecError when a loaded value has no exact stored form.
 */
export async function compileBank(questionsDir: string, loaded: readonly { file: string; stamp: FileStamp; result: LoadResult }[], options: CompileOptions): Promise<string> {
  const entries: IndexEntry[] = [];
  const details: Buffer[] = [];
  let offset = 0;
  for (const { file, stamp, result } of loaded) {
    const q = result.question;
    let question: IndexEntry['question'];
    if (q) {
      const keys = Object.keys(q);
      const eager: Record<string, Encoded> = {};
      const rest: Record<string, Encoded> = {};
      for (const key of keys) {
        if (key === 'file' || key === 'source') continue;
        const value = encodeValue((q as unknown as Record<string, unknown>)[key], `${q.id}.${key}`);
        (EAGER_FIELDS.has(key) ? eager : rest)[key] = value;
      }
      const line = Buffer.from(`${JSON.stringify(rest)}\n`, 'utf8');
      details.push(line);
      question = { keys, eager, at: [offset, line.length - 1] };
      offset += line.length;
    }
    entries.push({
      file: relativeKey(questionsDir, file),
      ...stamp,
      diagnostics: result.diagnostics.map(({ file: _file, ...d }) => d),
      ...(question ? { question } : {}),
    });
  }
  const dirs = options.dirs.map((d) => ({ dir: relativeKey(questionsDir, d), mtimeMs: fs.statSync(d).mtimeMs }));
  const index: IndexLine = { format: COMPILED_FORMAT, checkSources: options.checkSources, dirs, files: entries };
  return `${JSON.stringify(index)}\n${Buffer.concat(details).toString('utf8')}`;
}

export interface CompiledBank {
  /** The question files, when no folder changed since the build; else undefined (walk the folder). */
  unchangedListing(): string[] | undefined;
  /**
   * The load result of `file` from the compiled bank, or undefined when the bank has no entry for
   * it or the file changed since the build (then it must be parsed).
   */
  lookup(file: string, source: PackSource): Promise<LoadResult | undefined>;
}

/** Opens a compiled bank; undefined when it is missing or from another format version. */
export function openCompiledBank(bankFile: string, questionsDir: string): CompiledBank | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(bankFile);
  } catch {
    return undefined;
  }
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return undefined;
  let index: IndexLine;
  try {
    index = JSON.parse(bytes.toString('utf8', 0, newline)) as IndexLine;
  } catch {
    return undefined;
  }
  if (index.format !== COMPILED_FORMAT) return undefined;
  const detailsStart = newline + 1;
  const absolute = (rel: string): string => path.join(questionsDir, ...rel.split('/'));
  const byFile = new Map(index.files.map((e) => [absolute(e.file), e]));
  return {
    unchangedListing() {
      if (index.checkSources && !index.dirs.every((d) => mtimeOf(absolute(d.dir)) === d.mtimeMs)) return undefined;
      return [...byFile.keys()];
    },
    async lookup(file, source) {
      const entry = byFile.get(path.normalize(file));
      if (!entry || (index.checkSources && !(await unchanged(entry, file)))) return undefined;
      const diagnostics = entry.diagnostics.map((d) => ({ file, ...d }));
      if (!entry.question) return { diagnostics };
      const [start, length] = entry.question.at;
      const detail = (): Record<string, unknown> =>
        decodeValue(JSON.parse(bytes.toString('utf8', detailsStart + start, detailsStart + start + length)) as Encoded) as Record<string, unknown>;
      return { question: lazyQuestion(entry.question.keys, entry.question.eager, detail, file, source), diagnostics };
    },
  };
}

function mtimeOf(file: string): number | undefined {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return undefined;
  }
}

async function unchanged(entry: IndexEntry, file: string): Promise<boolean> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return false;
  }
  if (stat.size !== entry.size) return false;
  if (stat.mtimeMs === entry.mtimeMs) return true;
  // Same size, other time (a fresh checkout or an installed package): compare contents.
  try {
    return (await sha256(fs.readFileSync(file))) === entry.sha256;
  } catch {
    return false;
  }
}

/**
 * A question whose list fields are set and whose other fields decode, all together, the first time
 * any of them is read. It has the loader's keys in the loader's order, so spreading or serialising
 * it gives exactly what the loader's object gives.
 */
function lazyQuestion(keys: readonly string[], eager: Readonly<Record<string, Encoded>>, detail: () => Record<string, unknown>, file: string, source: PackSource): Question {
  const q: Record<string, unknown> = {};
  const deferred = keys.filter((k) => k !== 'file' && k !== 'source' && !(k in eager));
  const materialise = (): void => {
    const d = detail();
    for (const k of deferred) Object.defineProperty(q, k, { value: d[k], writable: true, enumerable: true, configurable: true });
  };
  for (const key of keys) {
    if (key === 'file') q[key] = file;
    else if (key === 'source') q[key] = source;
    else if (key in eager) q[key] = decodeValue(eager[key]!);
    else {
      Object.defineProperty(q, key, {
        get() {
          materialise();
          return q[key];
        },
        enumerable: true,
        configurable: true,
      });
    }
  }
  return q as unknown as Question;
}
