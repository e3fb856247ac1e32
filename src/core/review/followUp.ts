import { askInterviewer, matchNotes } from '../interviewer';
import type { Evidence, Question, Remark, RubricScore } from '../model';
import type { DimensionClass } from './concepts';
import { classOfDimension, docSections } from './sections';
import { contentStems, isElided, quote, STOCK_STEMS } from './text';

export interface ThreadContext {
  /** The line the thread is on (0: not on a line, e.g. Ask the Interviewer). */
  readonly line: number;
  readonly messages: readonly string[];
}

export interface ReviewFacts {
  readonly scores: readonly RubricScore[];
  readonly remarks: readonly Remark[];
}

const ASKS_WHY = /\b(why|how|what do you mean|what does|explain|example|fix|improve|better|should i|what would|what counts|what is missing|missing|score|what else)\b/i;
const ASKS_WHICH_QUESTIONS = /\b(what|which)\b.*\b(ask|questions?|clarif)/i;

function evidenceLine(e: Evidence): string {
  const where = e.line > 0 ? `line ${e.line}: ` : '';
  // An elided quote already shows the words that count (`quoteAt`); shortening it would cut them off.
  return `${where}"${isElided(e.text) ? e.text : quote(e.text, 70)}"${e.detail ? ` (${e.detail})` : ''}`;
}

/**
 * The dimension a thread or a question is about: named in the question or the remark, evidenced on the
 * thread's line, about the section the thread sits in, or sharing words with its evidence ("I mentioned
 * caching" → the dimension whose evidence says caching earned nothing).
 */
function dimensionFor(facts: ReviewFacts, thread: ThreadContext, question: string, remarks: readonly Remark[], code?: string): { s: RubricScore; named: boolean } | undefined {
  const words = (t: string): Set<string> => new Set(contentStems(t).filter((w) => !STOCK_STEMS.has(w) || /scal|requir|estim|reliab|trade|result|action|situat|reflect|ownership|complex|approach/.test(w)));
  const asked = words(question);
  const said = words(remarks.map((r) => r.message).join(' '));
  const section = code && thread.line > 0 ? docSections(code.split('\n').map((text, i) => ({ line: i + 1, text }))).filter((s) => s.line <= thread.line).pop() : undefined;
  const here = new Set<DimensionClass>(section?.classes.flatMap((c) => (c === 'deep dives' ? ['scaling', 'reliability'] : [c])) ?? []);
  let best: { s: RubricScore; n: number; named: boolean } | undefined;
  for (const s of facts.scores) {
    const d = contentStems(s.dimension);
    const named = d.some((w) => asked.has(w));
    const about = new Set(contentStems((s.evidence ?? []).map((e) => `${e.detail ?? ''}`).join(' ')));
    const cls = classOfDimension(s.dimension);
    const n =
      d.filter((w) => asked.has(w)).length * 3 +
      d.filter((w) => said.has(w)).length +
      ((s.evidence ?? []).some((e) => e.line === thread.line && thread.line > 0) ? 1 : 0) +
      (cls && here.has(cls) ? 1 : 0) +
      Math.min(3, [...asked].filter((w) => about.has(w)).length);
    if (n > 0 && (!best || n > best.n)) best = { s, n, named };
  }
  return best ? { s: best.s, named: best.named } : undefined;
}

function explainDimension(q: Question, s: RubricScore): string {
  const look = q.rubric.find((r) => r.dimension === s.dimension)?.lookFor;
  const found = (s.evidence ?? []).filter((e) => !e.against).slice(0, 3);
  const against = (s.evidence ?? []).filter((e) => e.against).slice(0, 2);
  return [
    `${s.dimension} is ${s.score}/4: ${s.why}.`,
    look ? `What the interviewer looks for there: ${look}.` : '',
    found.length ? `What counted in your answer: ${found.map(evidenceLine).join('; ')}.` : '',
    against.length ? `What did not count: ${against.map(evidenceLine).join('; ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * A follow-up in a review thread, answered offline from the drill's interviewer notes and the review
 * itself: a question the notes answer gets the note's answer; "why?" about a remark gets the remark's
 * evidence and what the rubric looks for; only when nothing applies does it say so, listing what the
 * notes do cover.
 */
export function offlineFollowUp(q: Question, facts: ReviewFacts, thread: ThreadContext, question: string, code?: string): string {
  // A reply in a thread is a question to the interviewer, with or without its question mark.
  const strict = matchNotes(q, [{ text: question, line: 0, asks: true }]);
  if (strict.length > 0) {
    const best = strict.reduce((m, x) => (x.words.length > m.words.length ? x : m));
    return best.note.answer;
  }
  const remarks = thread.line > 0 ? facts.remarks.filter((r) => r.line === thread.line) : [];
  if (ASKS_WHICH_QUESTIONS.test(question) && q.clarifications.length > 0) {
    return `Questions this interviewer has answers for: ${q.clarifications.map((c) => `"${c.question}"`).join('; ')}. Ask them with "Ask the Interviewer" or reply here with one.`;
  }
  const dim = dimensionFor(facts, thread, question, remarks, code);
  if (ASKS_WHY.test(question) && (remarks.length > 0 || dim)) {
    const parts: string[] = [];
    if (remarks.length > 0) parts.push(`The checklist says: ${remarks.map((r) => r.message).join(' ')}`);
    if (dim) parts.push(explainDimension(q, dim.s));
    return parts.join('\n\n');
  }
  // Looser matching, as Ask the Interviewer does, before giving up.
  const loose = askInterviewer(q, question);
  const prompt = new Set(contentStems(q.prompt));
  const shared = loose.note ? contentStems(question).filter((w) => !prompt.has(w) && new Set(contentStems(`${loose.note!.question} ${loose.note!.keywords.join(' ')}`)).has(w)) : [];
  if (loose.note && loose.confidence >= 0.5 && shared.length > 0) return loose.note.answer;
  if (dim?.named) return explainDimension(q, dim.s);
  const covered = q.clarifications.map((c) => `"${c.question}"`).join('; ');
  return covered
    ? `The interviewer's notes for this drill do not cover that. They cover: ${covered}. State a reasonable assumption in your answer and carry on.`
    : "This drill has no interviewer notes to answer that from. State a reasonable assumption in your answer and carry on.";
}
