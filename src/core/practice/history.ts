import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { Rating } from './scheduler';

/** Version of the record format; readers keep newer records they do not understand but ignore them. */
export const HISTORY_VERSION = 1;

export interface AttemptRecord {
  readonly v: number;
  readonly type: 'attempt';
  readonly id: string;
  readonly questionId: string;
  readonly topic: string;
  readonly kind: string;
  readonly language: string;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly activeMs: number;
  readonly pauses: number;
  readonly pausedMs: number;
  readonly minutes: number;
  /** Verdict counts of the last run, e.g. { accepted: 8, 'wrong-answer': 2 }. */
  readonly verdicts: Readonly<Record<string, number>>;
  readonly submitVerdict?: string;
  readonly reviewScores?: Readonly<Record<string, number>>;
  readonly rating: Rating;
}

/** The report of a mock interview: its drills in order with what happened in each. */
export interface MockRecord {
  readonly v: number;
  readonly type: 'mock';
  readonly id: string;
  readonly format: string;
  readonly title: string;
  readonly minutes: number;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly drills: readonly {
    readonly questionId: string;
    readonly title: string;
    readonly ms: number;
    readonly verdict?: string;
    readonly passed?: number;
    readonly total?: number;
    readonly reviewScores?: Readonly<Record<string, number>>;
  }[];
}

export type HistoryRecord = AttemptRecord | MockRecord;

export function attemptsOf(records: readonly HistoryRecord[]): AttemptRecord[] {
  return records.filter((r): r is AttemptRecord => r.type === 'attempt');
}

export interface ReadResult {
  readonly records: HistoryRecord[];
  /** Lines that were not whole records (a torn last line after a crash, or damage). */
  readonly skipped: number;
}

const FILE = 'history.jsonl';

/**
 * An append-only, versioned JSON-lines log. Each record is one `write` on a file opened with
 * O_APPEND followed by fsync, so concurrent writers (two windows) interleave whole lines and a crash
 * can at worst leave one torn last line, which readers skip.
 */
export class HistoryStore {
  constructor(
    private readonly dir: string,
    private readonly now: () => number = Date.now,
  ) {}

  get file(): string {
    return path.join(this.dir, FILE);
  }

  newId(): string {
    return `${this.now().toString(36)}-${randomBytes(6).toString('hex')}`;
  }

  append(record: HistoryRecord): void {
    fs.mkdirSync(this.dir, { recursive: true });
    const line = `${JSON.stringify(record)}\n`;
    const fd = fs.openSync(this.file, 'a+', 0o600);
    try {
      // A torn line from an earlier crash must not swallow this record: start it on a fresh line.
      const size = fs.fstatSync(fd).size;
      let prefix = '';
      if (size > 0) {
        const last = Buffer.alloc(1);
        fs.readSync(fd, last, 0, 1, size - 1);
        if (last[0] !== 0x0a) prefix = '\n';
      }
      fs.writeSync(fd, prefix + line);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }

  read(): ReadResult {
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch {
      return { records: [], skipped: 0 };
    }
    return parseHistory(text);
  }

  /** Everything, for the Export command. */
  export(): string {
    return JSON.stringify({ format: 'interview-drills-history', version: HISTORY_VERSION, records: this.read().records }, null, 2);
  }

  /** Adds records from an export that are not already here (by id); returns how many were added. */
  import(json: string): number {
    const data = JSON.parse(json) as { format?: unknown; records?: unknown };
    if (data.format !== 'interview-drills-history' || !Array.isArray(data.records)) throw new Error('not an Interview Drills history export');
    const have = new Set(this.read().records.map((r) => r.id));
    let added = 0;
    for (const r of data.records as unknown[]) {
      const rec = validRecord(r);
      if (rec && !have.has(rec.id)) {
        this.append(rec);
        have.add(rec.id);
        added++;
      }
    }
    return added;
  }
}

function validRecord(r: unknown): HistoryRecord | undefined {
  if (typeof r !== 'object' || r === null) return undefined;
  const o = r as Record<string, unknown>;
  if (o['type'] === 'mock') return typeof o['id'] === 'string' && typeof o['v'] === 'number' && o['v'] <= HISTORY_VERSION && Array.isArray(o['drills']) ? (r as MockRecord) : undefined;
  if (o['type'] !== 'attempt' || typeof o['id'] !== 'string' || typeof o['questionId'] !== 'string' || typeof o['endedAt'] !== 'number') return undefined;
  if (typeof o['v'] !== 'number' || o['v'] > HISTORY_VERSION) return undefined;
  if (!['again', 'hard', 'good', 'easy'].includes(String(o['rating']))) return undefined;
  return r as HistoryRecord;
}

export function parseHistory(text: string): ReadResult {
  const records: HistoryRecord[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try {
      const rec = validRecord(JSON.parse(line));
      if (rec) records.push(rec);
      else skipped++;
    } catch {
      skipped++;
    }
  }
  return { records, skipped };
}
