import type { ClarifyingNote, Question } from './model';

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

/** The notes whose questions the person already asked in their reasoning, for the reviewer's credit. */
export function matchedClarifications(question: Question, reasoning: readonly string[]): ClarifyingNote[] {
  const matched = new Set<ClarifyingNote>();
  for (const line of reasoning) {
    const w = words(line);
    for (const note of question.clarifications) if (score(w, note) >= 0.3) matched.add(note);
  }
  return [...matched];
}
