import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { KIND_IDS, TOPICS, VERDICTS } from '../model';
import type { Rating } from './scheduler';
import { HISTORY_FILE } from './historyLocations';

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
  /** Hidden cases whose input the person revealed during the attempt. */
  readonly revealedHidden?: number;
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
  /** Lines that were not whole, valid records (a torn last line after a crash, or damage). */
  readonly skipped: number;
}

/** What an import did: records added, already present, and refused with the reason for each. */
export interface ImportReport {
  readonly added: number;
  readonly duplicates: number;
  readonly rejected: number;
  /** Where ("record 3" in an export, "line 3" in a history.jsonl) and why; the first MAX_PROBLEMS. */
  readonly problems: readonly { readonly at: string; readonly reason: string }[];
}

/** A line longer than this is not a record this program wrote; it is skipped unread. */
export const MAX_LINE_BYTES = 64 * 1024;
/** An import file larger than this is refused before it is parsed. */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;
const MAX_PROBLEMS = 1000;

/**
 * An append-only, versioned JSON-lines log. Each append is one `write` on a file opened with
 * O_APPEND followed by fsync, so concurrent writers (two windows) interleave whole lines and a crash
 * can at worst leave one torn last line, which readers skip. Every record is validated on the way in
 * and on the way out: nothing is written that the reader would skip, and a damaged line costs only
 * itself.
 */
export class HistoryStore {
  constructor(
    private readonly dir: string,
    private readonly now: () => number = Date.now,
  ) {}

  get file(): string {
    return path.join(this.dir, HISTORY_FILE);
  }

  newId(): string {
    return `${this.now().toString(36)}-${randomBytes(6).toString('hex')}`;
  }

  /** Appends one record; throws (writing nothing) if it is not a valid record. */
  append(record: HistoryRecord): void {
    const checked = checkRecord(record);
    if ('problem' in checked) throw new Error(`Interview Drills: not recording an invalid history record: ${checked.problem}`);
    this.appendLines(`${JSON.stringify(checked.record)}\n`);
  }

  /** One write and one fsync for any number of lines (each ending in a newline). */
  private appendLines(lines: string): void {
    fs.mkdirSync(this.dir, { recursive: true });
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
      fs.writeSync(fd, prefix + lines);
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

  /**
   * Adds the valid records of an export (or of a history.jsonl) that are not already here (by id),
   * in one append. Invalid records are refused one by one, with where and why; throws only when the
   * text is no history at all.
   */
  import(text: string): ImportReport {
    if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) throw new Error(`the file is larger than ${MAX_IMPORT_BYTES / (1024 * 1024)} MB; split it or import the history.jsonl it came from`);
    const source = importSource(text);
    const have = new Set(this.read().records.map((r) => r.id));
    const problems: { at: string; reason: string }[] = [];
    let rejected = 0;
    let duplicates = 0;
    let added = 0;
    const out = new LineBatches();
    for (let i = 0; i < source.count; i++) {
      const entry = source.entry(i);
      if (entry === undefined) continue;
      const checked = 'problem' in entry ? entry : checkRecord(entry.data);
      if ('problem' in checked) {
        rejected++;
        if (problems.length < MAX_PROBLEMS) problems.push({ at: source.where(i), reason: checked.problem });
        continue;
      }
      if (have.has(checked.record.id)) {
        duplicates++;
        continue;
      }
      have.add(checked.record.id);
      out.add(JSON.stringify(checked.record));
      added++;
    }
    if (added > 0) this.appendBatches(out.done());
    return { added, duplicates, rejected, problems };
  }

  /** Whole lines in a few large writes (each of whole lines, so concurrent appenders still interleave only lines), then one fsync. */
  private appendBatches(batches: readonly string[]): void {
    fs.mkdirSync(this.dir, { recursive: true });
    const fd = fs.openSync(this.file, 'a+', 0o600);
    try {
      const size = fs.fstatSync(fd).size;
      if (size > 0) {
        const last = Buffer.alloc(1);
        fs.readSync(fd, last, 0, 1, size - 1);
        if (last[0] !== 0x0a) fs.writeSync(fd, '\n');
      }
      for (const b of batches) fs.writeSync(fd, b);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  }
}

/** Joins lines into strings of about 1 MB, so a large import is neither one huge string nor thousands of writes. */
class LineBatches {
  private readonly batches: string[] = [];
  private current: string[] = [];
  private size = 0;

  add(line: string): void {
    this.current.push(line);
    this.size += line.length + 1;
    if (this.size >= 1024 * 1024) this.flush();
  }

  private flush(): void {
    if (this.current.length) this.batches.push(`${this.current.join('\n')}\n`);
    this.current = [];
    this.size = 0;
  }

  done(): string[] {
    this.flush();
    return this.batches;
  }
}

interface ImportSource {
  readonly count: number;
  /** The i-th record (parsed, or why it could not be), or undefined for a blank line. */
  entry(i: number): { data: unknown } | { problem: string } | undefined;
  /** "record 3" in an export, "line 3" in a history.jsonl. */
  where(i: number): string;
}

/** The records of an export (`{ format, records }`) or the lines of a history.jsonl. */
function importSource(text: string): ImportSource {
  let whole: unknown;
  try {
    whole = JSON.parse(text) as unknown;
  } catch {
    whole = undefined;
  }
  if (isObject(whole)) {
    const records = whole['records'];
    if (whole['format'] !== 'interview-drills-history' || !Array.isArray(records)) throw new Error('not an Interview Drills history export');
    return { count: records.length, entry: (i) => ({ data: records[i] as unknown }), where: (i) => `record ${i + 1}` };
  }
  const lines = text.split('\n');
  let usable = false;
  const entry = (i: number): { data: unknown } | { problem: string } | undefined => {
    const line = lines[i] ?? '';
    return line.trim() === '' ? undefined : parseLine(line);
  };
  for (let i = 0; i < lines.length && !usable; i++) {
    const e = entry(i);
    usable = e !== undefined && 'data' in e && isObject(e.data);
  }
  if (!usable) throw new Error('not an Interview Drills history export (nor a history.jsonl)');
  return { count: lines.length, entry, where: (i) => `line ${i + 1}` };
}

function parseLine(line: string): { data: unknown } | { problem: string } {
  if (line.length > MAX_LINE_BYTES) return { problem: `the line is longer than ${MAX_LINE_BYTES / 1024} KB` };
  try {
    return { data: JSON.parse(line) as unknown };
  } catch {
    return { problem: 'not JSON (a torn or damaged line)' };
  }
}

export function parseHistory(text: string): ReadResult {
  const records: HistoryRecord[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const parsed = parseLine(line);
    const checked = 'problem' in parsed ? parsed : checkRecord(parsed.data);
    if ('problem' in checked) skipped++;
    else records.push(checked.record);
  }
  return { records, skipped };
}

// ---- validation -------------------------------------------------------------------------------

/** Times are epoch milliseconds within these bounds; durations are at most MAX_DURATION_MS. */
const MIN_TIME = Date.UTC(2000, 0, 1);
const MAX_TIME = Date.UTC(2200, 0, 1);
const MAX_DURATION_MS = 200 * 365 * 86_400_000;
const MAX_COUNT = 1_000_000;
const MAX_SCORES = 20;
const MAX_MOCK_DRILLS = 20;
const QUESTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const LANGUAGE = /^[a-z][a-z0-9+#-]*$/;
// eslint-disable-next-line no-control-regex -- history text is shown as labels in the UI and the terminal
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const RATINGS: readonly Rating[] = ['again', 'hard', 'good', 'easy'];
const ATTEMPT_FIELDS = new Set(['v', 'type', 'id', 'questionId', 'topic', 'kind', 'language', 'startedAt', 'endedAt', 'activeMs', 'pauses', 'pausedMs', 'minutes', 'verdicts', 'submitVerdict', 'reviewScores', 'revealedHidden', 'rating']);
const MOCK_FIELDS = new Set(['v', 'type', 'id', 'format', 'title', 'minutes', 'startedAt', 'endedAt', 'drills']);
const MOCK_DRILL_FIELDS = new Set(['questionId', 'title', 'ms', 'verdict', 'passed', 'total', 'reviewScores']);

class Invalid extends Error {}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A value as it may be quoted in a reason: short, whatever its size. */
function shown(v: unknown): string {
  if (typeof v === 'string') return v.length > 40 ? `a text of ${v.length} characters` : JSON.stringify(v);
  if (typeof v === 'number') return String(v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'a map' : typeof v;
}

/** Reads the fields of one object, each checked once; reports the first problem as `Invalid`. */
class Fields {
  constructor(
    private readonly o: Record<string, unknown>,
    private readonly prefix: string,
    known: ReadonlySet<string>,
  ) {
    for (const key of Object.keys(o)) if (!known.has(key)) throw new Invalid(`unknown field "${prefix}${key.length > 40 ? `${key.slice(0, 40)}…` : key}"`);
  }

  private name(key: string): string {
    return `"${this.prefix}${key}"`;
  }

  private get(key: string, optional: boolean): unknown {
    const v = this.o[key];
    if (v === undefined && !optional) throw new Invalid(`${this.name(key)} is missing`);
    return v;
  }

  int(key: string, min: number, max: number, what?: string): number;
  int(key: string, min: number, max: number, what: string, optional: true): number | undefined;
  int(key: string, min: number, max: number, what = 'a whole number', optional = false): number | undefined {
    const v = this.get(key, optional);
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw new Invalid(`${this.name(key)} must be ${what} from ${min} to ${max}, got ${shown(v)}`);
    return v;
  }

  /** A duration in milliseconds: any finite number in range (older versions did not round). */
  duration(key: string): number {
    const v = this.get(key, false);
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > MAX_DURATION_MS) throw new Invalid(`${this.name(key)} must be a duration in milliseconds from 0 to ${MAX_DURATION_MS}, got ${shown(v)}`);
    return v;
  }

  time(key: string): number {
    const v = this.get(key, false);
    if (typeof v !== 'number' || !Number.isInteger(v) || v < MIN_TIME || v > MAX_TIME) throw new Invalid(`${this.name(key)} must be a time in milliseconds (a whole number from 2000 to 2200), got ${shown(v)}`);
    return v;
  }

  text(key: string, max: number, pattern?: RegExp, what?: string): string;
  text(key: string, max: number, pattern: RegExp | undefined, what: string, optional: true): string | undefined;
  text(key: string, max: number, pattern?: RegExp, what = 'a text', optional = false): string | undefined {
    const v = this.get(key, optional);
    if (v === undefined) return undefined;
    // The patterns admit no control characters; free text is checked for them.
    if (typeof v !== 'string' || v.length === 0 || v.length > max || (pattern ? !pattern.test(v) : CONTROL.test(v))) throw new Invalid(`${this.name(key)} must be ${what} (up to ${max} characters), got ${shown(v)}`);
    return v;
  }

  oneOf<T extends string>(key: string, allowed: readonly T[]): T;
  oneOf<T extends string>(key: string, allowed: readonly T[], optional: true): T | undefined;
  oneOf<T extends string>(key: string, allowed: readonly T[], optional = false): T | undefined {
    const v = this.get(key, optional);
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) throw new Invalid(`${this.name(key)} must be one of ${allowed.join(', ')}, got ${shown(v)}`);
    return v as T;
  }

  /** A map of names to whole numbers; names never collide with Object.prototype's. */
  counts(key: string, opts: { names?: readonly string[]; min: number; max: number; optional: boolean }): Record<string, number> | undefined {
    const v = this.get(key, opts.optional);
    if (v === undefined) return undefined;
    if (!isObject(v)) throw new Invalid(`${this.name(key)} must be a map, got ${shown(v)}`);
    const entries = Object.entries(v);
    if (entries.length > MAX_SCORES) throw new Invalid(`${this.name(key)} has ${entries.length} entries; at most ${MAX_SCORES}`);
    const out: Record<string, number> = {};
    for (const [name, n] of entries) {
      if (opts.names && !opts.names.includes(name)) throw new Invalid(`${this.name(key)} has an unknown verdict ${shown(name)}`);
      if (name in Object.prototype) throw new Invalid(`${this.name(key)} cannot use the name ${shown(name)}`);
      if (!opts.names && (name.length === 0 || name.length > 80 || CONTROL.test(name))) throw new Invalid(`${this.name(key)} has a name that is empty, too long or has control characters`);
      if (typeof n !== 'number' || !Number.isInteger(n) || n < opts.min || n > opts.max) throw new Invalid(`"${this.prefix}${key}.${name.slice(0, 40)}" must be a whole number from ${opts.min} to ${opts.max}, got ${shown(n)}`);
      out[name] = n;
    }
    return out;
  }
}

function version(f: Fields, o: Record<string, unknown>): number {
  const v = o['v'];
  if (typeof v === 'number' && Number.isInteger(v) && v > HISTORY_VERSION) throw new Invalid(`written by a newer version (v${v}); update the extension to read it`);
  return f.int('v', 1, HISTORY_VERSION, 'a format version');
}

function checkAttempt(o: Record<string, unknown>): AttemptRecord {
  const f = new Fields(o, '', ATTEMPT_FIELDS);
  const v = version(f, o);
  const id = f.text('id', 100, RECORD_ID, 'a record id');
  const questionId = f.text('questionId', 200, QUESTION_ID, 'a question id');
  const topic = f.oneOf('topic', TOPICS);
  const kind = f.oneOf('kind', KIND_IDS);
  const language = f.text('language', 20, LANGUAGE, 'a language name');
  const startedAt = f.int('startedAt', 0, MAX_TIME, 'a time in milliseconds');
  const endedAt = f.time('endedAt');
  if (startedAt > endedAt) throw new Invalid('"startedAt" is after "endedAt"');
  const activeMs = f.duration('activeMs');
  const pauses = f.int('pauses', 0, MAX_COUNT);
  const pausedMs = f.duration('pausedMs');
  const minutes = f.int('minutes', 1, 1440);
  const verdicts = f.counts('verdicts', { names: VERDICTS, min: 0, max: MAX_COUNT, optional: false }) ?? {};
  const submitVerdict = f.oneOf('submitVerdict', VERDICTS, true);
  const reviewScores = f.counts('reviewScores', { min: 1, max: 4, optional: true });
  const revealedHidden = f.int('revealedHidden', 0, MAX_COUNT, 'a whole number', true);
  const rating = f.oneOf('rating', RATINGS);
  return { v, type: 'attempt', id, questionId, topic, kind, language, startedAt, endedAt, activeMs, pauses, pausedMs, minutes, verdicts, ...(submitVerdict ? { submitVerdict } : {}), ...(reviewScores ? { reviewScores } : {}), ...(revealedHidden ? { revealedHidden } : {}), rating };
}

function checkMock(o: Record<string, unknown>): MockRecord {
  const f = new Fields(o, '', MOCK_FIELDS);
  const v = version(f, o);
  const id = f.text('id', 100, RECORD_ID, 'a record id');
  const format = f.text('format', 40, QUESTION_ID, 'a format name');
  const title = f.text('title', 200);
  const minutes = f.int('minutes', 1, 1440);
  const startedAt = f.int('startedAt', 0, MAX_TIME, 'a time in milliseconds');
  const endedAt = f.time('endedAt');
  if (startedAt > endedAt) throw new Invalid('"startedAt" is after "endedAt"');
  const list = o['drills'];
  if (!Array.isArray(list)) throw new Invalid(`"drills" must be a list, got ${shown(list)}`);
  if (list.length > MAX_MOCK_DRILLS) throw new Invalid(`"drills" has ${list.length} entries; at most ${MAX_MOCK_DRILLS}`);
  const drills = list.map((d: unknown, i) => {
    if (!isObject(d)) throw new Invalid(`"drills[${i}]" must be a map, got ${shown(d)}`);
    const g = new Fields(d, `drills[${i}].`, MOCK_DRILL_FIELDS);
    const verdict = g.oneOf('verdict', VERDICTS, true);
    const passed = g.int('passed', 0, MAX_COUNT, 'a whole number', true);
    const total = g.int('total', 0, MAX_COUNT, 'a whole number', true);
    if (passed !== undefined && total !== undefined && passed > total) throw new Invalid(`"drills[${i}].passed" is more than "total"`);
    const reviewScores = g.counts('reviewScores', { min: 1, max: 4, optional: true });
    return {
      questionId: g.text('questionId', 200, QUESTION_ID, 'a question id'),
      title: g.text('title', 200),
      ms: g.duration('ms'),
      ...(verdict ? { verdict } : {}),
      ...(passed !== undefined ? { passed } : {}),
      ...(total !== undefined ? { total } : {}),
      ...(reviewScores ? { reviewScores } : {}),
    };
  });
  return { v, type: 'mock', id, format, title, minutes, startedAt, endedAt, drills };
}

/**
 * A history record rebuilt from its checked fields (so nothing unknown is carried along), or why it is
 * not one: types, ranges, known fields and sizes.
 */
export function checkRecord(data: unknown): { record: HistoryRecord } | { problem: string } {
  if (!isObject(data)) return { problem: `not a record (${shown(data)})` };
  try {
    if (data['type'] === 'attempt') return { record: checkAttempt(data) };
    if (data['type'] === 'mock') return { record: checkMock(data) };
    return { problem: `"type" must be "attempt" or "mock", got ${shown(data['type'])}` };
  } catch (e) {
    if (e instanceof Invalid) return { problem: e.message };
    throw e;
  }
}
