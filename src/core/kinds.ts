// One question kind = one entry. Everything the views, the loader, the reviewer and the practice
// loop need to know about a kind is here, so a new kind is one entry in KINDS (the compiler lists a
// kind without one).
import { designDocument, starDocument } from './documents';
import type { Kind, Question } from './model';

/** A stretch of the drill's minutes the timer marks, with its share of the whole. */
export interface PhaseSpec {
  readonly phase: string;
  readonly share: number;
}

export interface KindSpec {
  readonly id: Kind;
  /** Short label in lists: "coding", "SQL", "design". */
  readonly label: string;
  /** Codicon id for the kind. */
  readonly icon: string;
  /**
   * What is called: a `program` (a function or class the harness calls), a `query` (SQL run on
   * the drill's schema), or nothing (a `document` read by the reviewer).
   */
  readonly entry: 'program' | 'query' | 'document';
  /** Runnable kinds have test cases a runtime runs; the others are reviewed against a rubric. */
  readonly runnable: boolean;
  /**
   * The file the answer is written in: a runtime's solution file (the person's language), or a
   * Markdown document with its template.
   */
  readonly answer: { readonly type: 'solution' } | { readonly type: 'document'; readonly fileName: string; readonly template: (q: Question) => string };
  /** Which checklist of the offline review reads the answer. */
  readonly checks: 'reasoning' | 'design' | 'star';
  /** The rubric the review scores; `ownRubric`: a drill's own rubric replaces it. */
  readonly rubric: readonly string[];
  readonly ownRubric: boolean;
  /** `drills validate --strict`: a reference solution in every required language. */
  readonly referencesInEveryLanguage: boolean;
  /** The timer's phase marks. */
  readonly phases: readonly PhaseSpec[];
}

const CODING_RUBRIC = ['problem understanding & clarifying questions', 'approach', 'correctness reasoning', 'complexity', 'edge cases', 'communication'] as const;
const CODING_PHASES: readonly PhaseSpec[] = [
  { phase: 'clarify', share: 0.1 },
  { phase: 'approach', share: 0.2 },
  { phase: 'code', share: 0.45 },
  { phase: 'test', share: 0.15 },
  { phase: 'review', share: 0.1 },
];

export const KINDS: Readonly<Record<Kind, KindSpec>> = {
  coding: {
    id: 'coding',
    label: 'coding',
    icon: 'code',
    entry: 'program',
    runnable: true,
    answer: { type: 'solution' },
    checks: 'reasoning',
    rubric: CODING_RUBRIC,
    ownRubric: false,
    referencesInEveryLanguage: true,
    phases: CODING_PHASES,
  },
  sql: {
    id: 'sql',
    label: 'SQL',
    icon: 'database',
    entry: 'query',
    runnable: true,
    answer: { type: 'solution' },
    checks: 'reasoning',
    rubric: CODING_RUBRIC,
    ownRubric: false,
    referencesInEveryLanguage: false,
    phases: [
      { phase: 'clarify', share: 0.1 },
      { phase: 'schema', share: 0.2 },
      { phase: 'query', share: 0.45 },
      { phase: 'test', share: 0.15 },
      { phase: 'review', share: 0.1 },
    ],
  },
  'system-design': {
    id: 'system-design',
    label: 'design',
    icon: 'server-environment',
    entry: 'document',
    runnable: false,
    answer: { type: 'document', fileName: 'design.md', template: designDocument },
    checks: 'design',
    rubric: ['requirements', 'estimates', 'api', 'data model', 'architecture', 'scaling & bottlenecks', 'trade-offs', 'reliability'],
    ownRubric: true,
    referencesInEveryLanguage: false,
    phases: [
      { phase: 'requirements', share: 0.15 },
      { phase: 'estimates', share: 0.1 },
      { phase: 'high-level', share: 0.3 },
      { phase: 'deep dives', share: 0.3 },
      { phase: 'trade-offs', share: 0.15 },
    ],
  },
  behavioral: {
    id: 'behavioral',
    label: 'behavioral',
    icon: 'comment-discussion',
    entry: 'document',
    runnable: false,
    answer: { type: 'document', fileName: 'answer.md', template: starDocument },
    checks: 'star',
    rubric: ['situation/task/action/result completeness', 'ownership', 'measurable impact', 'reflection'],
    ownRubric: true,
    referencesInEveryLanguage: false,
    phases: [
      { phase: 'pick a story', share: 0.15 },
      { phase: 'situation & task', share: 0.2 },
      { phase: 'action', share: 0.4 },
      { phase: 'result', share: 0.15 },
      { phase: 'reflection', share: 0.1 },
    ],
  },
};

/** The spec of a kind named in stored data (history), or undefined for a name this version does not know. */
export function kindSpec(name: string): KindSpec | undefined {
  return Object.prototype.hasOwnProperty.call(KINDS, name) ? KINDS[name as Kind] : undefined;
}

/** Whether an attempt of this kind is judged by its review scores rather than by test verdicts. */
export function judgedByReview(kind: string): boolean {
  return kindSpec(kind)?.runnable === false;
}
