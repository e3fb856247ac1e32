import { promises as fs } from 'fs';
import * as path from 'path';
import { TOPICS, type Diagnostic, type PackSource, type Question, type Topic } from '../model';
import { openCompiledBank } from './compiled';
import type { LoadResult } from './loader';
import { cacheKey, parseQuestionFile, type PackCache } from './packCache';

export interface PackFolder {
  readonly dir: string;
  readonly source: PackSource;
  /** A compiled form of this folder (the built-in bank's `dist/bank.jsonl`); files changed since are parsed. */
  readonly compiled?: string;
}

/** How the questions of one load were obtained. */
export interface LoadStats {
  /** Taken from a compiled bank. */
  compiled: number;
  /** Parsed from YAML. */
  parsed: number;
  /** Unchanged since an earlier load: taken from the pack cache. */
  cached: number;
}

const DIFFICULTY_ORDER = { easy: 0, medium: 1, hard: 2 } as const;
/** A pack folder is walked at most this deep and this wide, so a huge workspace folder cannot stall loading. */
const MAX_DEPTH = 4;
const MAX_FILES = 2000;

export class QuestionBank {
  private readonly ids = new Map<string, Question>();
  private readonly topics = new Map<Topic, Question[]>();

  constructor(questions: readonly Question[]) {
    for (const t of TOPICS) this.topics.set(t, []);
    for (const q of questions) {
      this.ids.set(q.id, q);
      this.topics.get(q.topic)?.push(q);
    }
    for (const list of this.topics.values()) {
      list.sort((a, b) => DIFFICULTY_ORDER[a.difficulty] - DIFFICULTY_ORDER[b.difficulty] || a.title.localeCompare(b.title));
    }
  }

  all(): readonly Question[] {
    return TOPICS.flatMap((t) => this.topics.get(t) ?? []);
  }

  byId(id: string): Question | undefined {
    return this.ids.get(id);
  }

  byTopic(topic: Topic): readonly Question[] {
    return this.topics.get(topic) ?? [];
  }

  get size(): number {
    return this.ids.size;
  }
}

/**
 * Every `*.yaml`/`*.yml` file under `dir`, sorted, bounded in depth and count. `visited` receives
 * every folder whose listing was read, so a caller can tell later whether the result could differ.
 */
export async function findQuestionFiles(dir: string, visited?: string[]): Promise<string[]> {
  const found: string[] = [];
  const walk = async (d: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH || found.length >= MAX_FILES) return;
    let entries: import('fs').Dirent[];
    try {
      entries = await fs.readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    visited?.push(d);
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.') && depth > 0) continue;
      const full = path.join(d, e.name);
      if (e.isDirectory()) await walk(full, depth + 1);
      else if (e.isFile() && /\.ya?ml$/i.test(e.name) && !e.name.startsWith('custom-tests.')) found.push(full);
      if (found.length >= MAX_FILES) return;
    }
  };
  await walk(dir, 0);
  return found;
}

/**
 * Loads every pack folder; one bad file never stops the others. Ids must be unique across all packs:
 * the first folder wins (built-in before user before workspace) and later duplicates are reported.
 * A folder with a compiled form is read from it (files changed since the build are parsed); with a
 * cache, files unchanged since the cache's last load are not parsed again.
 */
export async function loadBank(
  folders: readonly PackFolder[],
  cache?: PackCache,
): Promise<{ bank: QuestionBank; diagnostics: Diagnostic[]; stats: LoadStats }> {
  const diagnostics: Diagnostic[] = [];
  const questions: Question[] = [];
  const seen = new Map<string, string>();
  const stats: LoadStats = { compiled: 0, parsed: 0, cached: 0 };
  const loadedKeys = new Set<string>();
  const load = async (file: string, source: PackSource): Promise<LoadResult> => {
    if (!cache) {
      stats.parsed++;
      return parseQuestionFile(file, source);
    }
    loadedKeys.add(cacheKey(file, source));
    const { result, cached } = await cache.load(file, source);
    stats[cached ? 'cached' : 'parsed']++;
    return result;
  };
  for (const folder of folders) {
    const compiled = folder.compiled !== undefined ? openCompiledBank(folder.compiled, folder.dir) : undefined;
    const files = compiled?.unchangedListing() ?? (await findQuestionFiles(folder.dir));
    const results = await Promise.all(
      files.map(async (f) => {
        const hit = await compiled?.lookup(f, folder.source);
        if (hit) {
          stats.compiled++;
          return hit;
        }
        return load(f, folder.source);
      }),
    );
    for (const r of results) {
      diagnostics.push(...r.diagnostics);
      const q = r.question;
      if (!q) continue;
      const first = seen.get(q.id);
      if (first !== undefined) {
        diagnostics.push({ file: q.file, line: 1, col: 1, message: `duplicate id "${q.id}" (already defined in ${first})`, severity: 'error' });
        continue;
      }
      seen.set(q.id, q.file);
      questions.push(q);
    }
  }
  cache?.retain(loadedKeys);
  return { bank: new QuestionBank(questions), diagnostics, stats };
}
