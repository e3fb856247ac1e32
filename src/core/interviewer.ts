import type { ClarifyingNote, Question } from './model';
import { contentStems, stem, STOCK_STEMS } from './review/text';

export interface InterviewerAnswer {
  /** The note that matched, if any; its answer is the ground truth the interviewer gives. */
  readonly note?: ClarifyingNote;
  readonly answer: string;
  /** 0..1: how well the question matched the note. */
  readonly confidence: number;
}

/** A note's keyword stems, and the stems of its question beyond stock vocabulary: what a person's words are matched against. */
function noteStems(note: ClarifyingNote): { keys: Set<string>; noteWords: Set<string> } {
  return { keys: new Set(note.keywords.flatMap((k) => contentStems(k))), noteWords: new Set(contentStems(note.question).filter((w) => !STOCK_STEMS.has(w))) };
}

/**
 * How well a person's question matches one note, or undefined when it does not identify the note:
 * a keyword that names the note's subject ("empty", "duplicates", "negative") counts double; a common
 * keyword ("number", "time", "tests") or another word of the note's question counts once, and alone
 * identifies nothing ("Can there be negative numbers?" is not "Why not use offset and page number?").
 */
function score(asked: ReadonlySet<string>, note: ClarifyingNote): { s: number; coverage: number } | undefined {
  if (asked.size === 0) return undefined;
  const { keys, noteWords } = noteStems(note);
  const named = [...keys].filter((w) => asked.has(w) && w.length >= 3 && !GENERIC_KEYS.has(w));
  const common = [...keys].filter((w) => asked.has(w) && !named.includes(w));
  const shared = [...noteWords].filter((w) => asked.has(w) && !keys.has(w));
  if (named.length === 0 && common.length + shared.length < 2) return undefined;
  const coverage = noteWords.size === 0 ? 1 : [...noteWords].filter((w) => asked.has(w)).length / noteWords.size;
  return { s: (2 * named.length + common.length + shared.length) / (asked.size + 1), coverage };
}

/**
 * Answers a clarifying question from the drill's interviewer notes, offline. An answer to a question
 * worded differently from the note says which question it answers; when nothing matches, the answer
 * is what a real interviewer says: state an assumption and go on.
 */
export function askInterviewer(question: Question, asked: string): InterviewerAnswer {
  const w = new Set(contentStems(asked));
  let best: { note: ClarifyingNote; s: number; coverage: number } | undefined;
  for (const note of question.clarifications) {
    const m = score(w, note);
    if (m && (!best || m.s > best.s)) best = { note, ...m };
  }
  if (best && best.s >= 0.3) {
    const answer = best.coverage >= 0.5 ? best.note.answer : `If you mean "${best.note.question}": ${best.note.answer}`;
    return { note: best.note, answer, confidence: Math.min(1, best.s) };
  }
  return {
    answer:
      question.clarifications.length > 0
        ? `That isn't specified for this drill. State a reasonable assumption in your reasoning comment and carry on. Questions the interviewer has answers for: ${question.clarifications.map((c) => `"${c.question}"`).join('; ')}`
        : "That isn't specified for this drill. State a reasonable assumption in your reasoning comment and carry on.",
    confidence: 0,
  };
}

/** What the person wrote that may cover a note; a question (with "?", or `asks`) may use the prompt's own words. */
export interface NoteCandidate {
  readonly text: string;
  readonly line: number;
  readonly asks?: boolean;
}

/** A note the person's own words cover, with those words and the words they share. */
export interface NoteMatch {
  readonly note: ClarifyingNote;
  /** The person's item (a question or an assumption they wrote), as written. */
  readonly text: string;
  readonly line: number;
  /** The shared words that made the match. */
  readonly words: readonly string[];
}

/** Keywords too common to identify a note on their own ("time" in "time complexity"). */
const GENERIC_KEYS = new Set(
  ['long', 'length', 'time', 'minutes', 'short', 'size', 'how', 'many', 'much', 'per', 'type', 'same', 'one', 'limit', 'kind', 'right', 'wrong', 'big', 'small', 'bad', 'asked', 'told', 'group', 'order', 'status', 'count', 'number', 'range', 'value', 'input', 'output', 'return', 'key', 'id', 'list', 'string', 'word', 'edge', 'use', 'result', 'data', 'test', 'fix', 'need', 'like'].map(stem),
);

/**
 * Whether a person's item covers a note. Stricter than answering a question: one shared common word
 * ("time", "size", "scale") is not enough; it takes two shared words with at least one of the note's
 * keywords, or one distinctive keyword ("empty", "duplicates", "301", "expiry").
 */
function covers(itemStems: ReadonlySet<string>, note: ClarifyingNote, promptWords: ReadonlySet<string>, asks: boolean): string[] | undefined {
  const { keys, noteWords } = noteStems(note);
  const k = [...keys].filter((w) => itemStems.has(w));
  const q = [...noteWords].filter((w) => itemStems.has(w) && !keys.has(w));
  // A statement made only of the prompt's own words restates it ("create a short link for a long
  // URL" is not a question about how long links live); asked as a question, the same words count.
  if (!asks && [...k, ...q].every((w) => promptWords.has(w))) return undefined;
  // A keyword the prompt itself uses ("redirect" in a link shortener) is what anyone restating the
  // prompt writes; alone it does not show the question was asked.
  const distinctive = k.some((w) => w.length >= 3 && !STOCK_STEMS.has(w) && !GENERIC_KEYS.has(w) && !promptWords.has(w));
  if ((k.length >= 1 && k.length + q.length >= 2) || distinctive || (keys.size === 0 && q.length >= 2)) return [...k, ...q];
  return undefined;
}

/**
 * Matches the person's items (clarifying questions, assumptions) to the drill's notes: each note at
 * most once, to the item that shares the most words with it, so a review can quote what the person
 * actually wrote.
 */
export function matchNotes(question: Question, items: readonly NoteCandidate[], whole: readonly NoteCandidate[] = []): NoteMatch[] {
  const out: NoteMatch[] = [];
  const stem = (xs: readonly NoteCandidate[]) => xs.map((it) => ({ it, s: new Set(contentStems(it.text)), asks: it.asks ?? it.text.includes('?') }));
  const [stemmed, wholeStemmed] = [stem(items), stem(whole)];
  const promptWords = new Set(contentStems(question.prompt));
  // The item that shares the most words the prompt does not use, then the most words.
  const rank = (w: readonly string[]): number => w.filter((x) => !promptWords.has(x)).length * 100 + w.length;
  const best = (note: ClarifyingNote, within: typeof stemmed): NoteMatch | undefined => {
    let found: NoteMatch | undefined;
    for (const { it, s, asks } of within) {
      const w = covers(s, note, promptWords, asks);
      if (w && (!found || rank(w) > rank(found.words))) found = { note, text: it.text, line: it.line, words: w };
    }
    return found;
  };
  for (const note of question.clarifications) {
    // An item alone first; else the whole line it came from, where the person may have written the
    // answer after the question ("Are the bookings sorted? No, any order.").
    const found = best(note, stemmed) ?? best(note, wholeStemmed);
    if (found) out.push(found);
  }
  return out;
}

/** The notes whose questions the person already asked in their reasoning, for the reviewer's credit. */
export function matchedClarifications(question: Question, reasoning: readonly string[]): ClarifyingNote[] {
  return matchNotes(question, reasoning.map((text, i) => ({ text, line: i + 1 }))).map((m) => m.note);
}

