import { judgedByReview } from '../kinds';
import type { AttemptRecord } from './history';
import type { CardState, Rating } from './scheduler';
import { solved } from './stats';

/** Where a drill stands for the person, as the sidebar shows it. */
export type DrillStatus = 'new' | 'due' | 'mastered' | 'solved' | 'unsolved';

/** What the history says about one drill. */
export interface DrillSummary {
  readonly card: CardState;
  readonly attempts: number;
  readonly last?: AttemptRecord;
  /** When the schedule brings it back (undefined before the first rated attempt). */
  readonly nextReview?: Date;
}

/** Due first (whatever the last outcome), then mastered, then the last attempt's outcome. */
export function drillStatus(s: DrillSummary): DrillStatus {
  if (s.card === 'due') return 'due';
  if (!s.last) return 'new';
  if (s.card === 'mastered') return 'mastered';
  return solved(s.last) ? 'solved' : 'unsolved';
}

export const STATUS_WORDS: Readonly<Record<DrillStatus, string>> = {
  new: 'Not attempted yet',
  due: 'Due for review today',
  mastered: 'Mastered',
  solved: 'Solved',
  unsolved: 'Attempted, not solved yet',
};

const RATING_WORDS: Readonly<Record<Rating, string>> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

/** One attempt in words: "solved: 12/12 cases in 14 min of 25, rated Good". */
export function attemptOutcome(a: AttemptRecord): string {
  const total = Object.values(a.verdicts).reduce((x, y) => x + y, 0);
  const scores = Object.values(a.reviewScores ?? {});
  const result = judgedByReview(a.kind)
    ? scores.length
      ? `review ${(scores.reduce((x, y) => x + y, 0) / scores.length).toFixed(1)}/4`
      : 'not reviewed'
    : total
      ? `${a.verdicts['accepted'] ?? 0}/${total} cases`
      : 'no tests run';
  const minutes = Math.round(a.activeMs / 60_000);
  const time = a.activeMs > 0 ? ` in ${minutes < 1 ? 'under a minute' : `${minutes} min`} of ${a.minutes}` : '';
  return `${solved(a) ? 'solved' : 'not solved'}: ${result}${time}, rated ${RATING_WORDS[a.rating]}`;
}
