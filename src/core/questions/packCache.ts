import { promises as fs, statSync } from 'fs';
import * as path from 'path';
import type { PackSource } from '../model';
import { decodeValue, encodeValue, type Encoded } from './codec';
import type { LoadResult } from './loader';

export type ParseFile = (file: string, source: PackSource) => Promise<LoadResult>;

/** The YAML loader (and the `yaml` library) is loaded the first time a file must be parsed. */
export const parseQuestionFile: ParseFile = async (file, source) => (await import('./loader')).loadQuestionFile(file, source);

export interface PackCacheOptions {
  /** A folder that keeps entries across processes (the CLI's cache folder, the extension's storage); none: memory only. */
  readonly dir?: string;
  /** Identifies the loader that wrote an entry; entries of another loader are parsed again. */
  readonly loader?: string;
  readonly parse?: ParseFile;
}

const ENTRY_FORMAT = 1;

interface StoredEntry {
  readonly format: number;
  readonly loader: string;
  readonly source: PackSource;
  readonly file: string;
  readonly stamp: string;
  readonly result: Encoded;
}

/**
 * Load results of pack files, kept while the file's stamp (path, mtime and size) is unchanged: an
 * unchanged file is not parsed again, a changed one is. Entries live in memory for the owner's
 * lifetime and, with a folder, on disk for the next process (written whole and renamed; an entry
 * that cannot be read is a miss). Entries of files gone from a load are dropped from memory.
 */
export class PackCache {
  private readonly memory = new Map<string, { readonly stamp: string; readonly result: LoadResult }>();
  private readonly parse: ParseFile;

  constructor(private readonly options: PackCacheOptions = {}) {
    this.parse = options.parse ?? parseQuestionFile;
  }

  /** The file's load result and whether it came from the cache. */
  async load(file: string, source: PackSource): Promise<{ result: LoadResult; cached: boolean }> {
    const key = cacheKey(file, source);
    const stat = await fs.stat(file).catch(() => undefined);
    if (!stat) {
      this.memory.delete(key);
      return { result: await this.parse(file, source), cached: false };
    }
    const stamp = `${stat.mtimeMs}:${stat.size}`;
    const hit = this.memory.get(key);
    if (hit?.stamp === stamp) return { result: hit.result, cached: true };
    const stored = await this.readStored(file, source, stamp);
    if (stored) {
      this.memory.set(key, { stamp, result: stored });
      return { result: stored, cached: true };
    }
    const result = await this.parse(file, source);
    this.memory.set(key, { stamp, result });
    await this.store(file, source, stamp, result);
    return { result, cached: false };
  }

  /** Drops from memory every entry not in `keys` (see `cacheKey`). */
  retain(keys: ReadonlySet<string>): void {
    for (const key of this.memory.keys()) if (!keys.has(key)) this.memory.delete(key);
  }

  private async entryPath(file: string, source: PackSource): Promise<string | undefined> {
    if (!this.options.dir) return undefined;
    const { createHash } = await import('crypto');
    return path.join(this.options.dir, `${createHash('sha256').update(cacheKey(file, source)).digest('hex').slice(0, 40)}.json`);
  }

  private async readStored(file: string, source: PackSource, stamp: string): Promise<LoadResult | undefined> {
    const at = await this.entryPath(file, source);
    if (!at) return undefined;
    try {
      const e = JSON.parse(await fs.readFile(at, 'utf8')) as StoredEntry;
      if (e.format !== ENTRY_FORMAT || e.loader !== (this.options.loader ?? '') || e.source !== source || e.file !== file || e.stamp !== stamp) return undefined;
      return decodeValue(e.result) as LoadResult;
    } catch {
      return undefined;
    }
  }

  private async store(file: string, source: PackSource, stamp: string, result: LoadResult): Promise<void> {
    const at = await this.entryPath(file, source);
    if (!at) return;
    try {
      const entry: StoredEntry = { format: ENTRY_FORMAT, loader: this.options.loader ?? '', source, file, stamp, result: encodeValue(result) };
      await fs.mkdir(path.dirname(at), { recursive: true });
      const tmp = `${at}.${process.pid}.tmp`;
      await fs.writeFile(tmp, JSON.stringify(entry));
      await fs.rename(tmp, at);
    } catch {
      // A cache that cannot be written (read-only folder, a value with no stored form) only costs a parse next time.
    }
  }
}

export function cacheKey(file: string, source: PackSource): string {
  return `${source}:${file}`;
}

/**
 * The running bundle's stamp (size and mtime of the file this code was loaded from): entries that
 * an older or newer build's loader wrote are not trusted, since what a file loads to can change
 * with the loader.
 */
export function runningLoaderStamp(): string {
  try {
    const s = statSync(__filename);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return '';
  }
}
