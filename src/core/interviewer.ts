import type { ClarifyingNote, Question } from './model';
import { contentStems, stem, STOCK_STEMS } from './review/text';

export interface InterviewerAnswer {
  /** The note that matched, if any; its answer is the ground truth the interviewer gives. */
  readonly note?: ClarifyingNote;
  readonly answer: string;
  /** 0..1: how well the question matched the note. */
  readonly confidence: number;
}

const STOP = new Set(['the', 'a', 'an', 'is', 'are', 'can', 'do', 'does', 'i', 'we', 'it', 'to', 'of', 'in', 'on', 'for', 'be', 'there', 'what', 'how', 'should', 'will', 'my', 'you', 'any', 'and', 'or', 'if', 'with', 'that', 'this', 'about']);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9\s-]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 1 && !STOP.has(w))
    .map((w) => w.replace(/(ies|es|s)$/, (m) => (m === 'ies' ? 'y' : '')));
}

/** Scores a person's question against one note: keywords count double, shared words once. */
function score(asked: readonly string[], note: ClarifyingNote): number {
  const noteWords = new Set(words(note.question));
  const keys = new Set(note.keywords.flatMap((k) => words(k)));
  if (asked.length === 0) return 0;
  let s = 0;
  for (const w of asked) {
    if (keys.has(w)) s += 2;
    else if (noteWords.has(w)) s += 1;
  }
  return s / (asked.length + 1);
}

/**
 * Answers a clarifying question from the drill's interviewer notes, offline. When nothing matches,
 * the answer is what a real interviewer says: state an assumption and go on.
 */
export function askInterviewer(question: Question, asked: string): InterviewerAnswer {
  const w = words(asked);
  let best: { note: ClarifyingNote; s: number } | undefined;
  for (const note of question.clarifications) {
    const s = score(w, note);
    if (!best || s > best.s) best = { note, s };
  }
  if (best && best.s >= 0.3) return { note: best.note, answer: best.note.answer, confidence: Math.min(1, best.s) };
  return {
    answer:
      question.clarifications.length > 0
        ? `That isn't specified for this drill. State a reasonable assumption in your reasoning comment and carry on. Questions the interviewer has answers for: ${question.clarifications.map((c) => `"${c.question}"`).join('; ')}`
        : "That isn't specified for this drill. State a reasonable assumption in your reasoning comment and carry on.",
    confidence: 0,
  };
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
  ['long', 'length', 'time', 'minutes', 'short', 'size', 'how', 'many', 'much', 'per', 'type', 'same', 'one', 'limit', 'kind', 'right', 'wrong', 'big', 'small', 'bad', 'asked', 'told', 'group', 'order', 'status', 'count', 'number', 'range', 'value', 'input', 'output', 'return', 'key', 'id', 'list', 'string', 'word', 'edge'].map(stem),
);

/**
 * Whether a person's item covers a note. Stricter than answering a question: one shared common word
 * ("time", "size", "scale") is not enough; it takes two shared words with at least one of the note's
 * keywords, or one distinctive keyword ("empty", "duplicates", "301", "expiry").
 */
function covers(itemStems: ReadonlySet<string>, note: ClarifyingNote, promptWords: ReadonlySet<string>): string[] | undefined {
  const keys = new Set(note.keywords.flatMap((k) => contentStems(k)));
  const noteWords = new Set(contentStems(note.question).filter((w) => !STOCK_STEMS.has(w)));
  const k = [...keys].filter((w) => itemStems.has(w));
  const q = [...noteWords].filter((w) => itemStems.has(w) && !keys.has(w));
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
export function matchNotes(question: Question, items: readonly { text: string; line: number }[]): NoteMatch[] {
  const out: NoteMatch[] = [];
  const stemmed = items.map((it) => ({ it, s: new Set(contentStems(it.text)) }));
  const promptWords = new Set(contentStems(question.prompt));
  for (const note of question.clarifications) {
    let best: NoteMatch | undefined;
    for (const { it, s } of stemmed) {
      const w = covers(s, note, promptWords);
      if (w && (!best || w.length > best.words.length)) best = { note, text: it.text, line: it.line, words: w };
    }
    if (best) out.push(best);
  }
  return out;
}

/** The notes whose questions the person already asked in their reasoning, for the reviewer's credit. */
export function matchedClarifications(question: Question, reasoning: readonly string[]): ClarifyingNote[] {
  return matchNotes(question, reasoning.map((text, i) => ({ text, line: i + 1 }))).map((m) => m.note);
}

