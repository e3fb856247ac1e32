import type { Card, FSRS, Grade } from 'ts-fsrs';
import { judgedByReview } from '../kinds';
import { attemptsOf, type HistoryRecord } from './history';

export type Rating = 'again' | 'hard' | 'good' | 'easy';
export type CardState = 'new' | 'learning' | 'due' | 'mastered';

/**
 * ts-fsrs is loaded the first time a card is scheduled, not with this module: until a drill has
 * been rated (a new user's activation, most commands) nothing needs it.
 */
function fsrsLib(): typeof import('ts-fsrs') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous load on first use; require caches it
  return require('ts-fsrs') as typeof import('ts-fsrs');
}

/** A card counts as mastered once its memory is stable for three weeks and it is not due. */
const MASTERED_STABILITY_DAYS = 21;

/**
 * Whole calendar days (local time) from `now`'s day to `due`'s day: 0 is today, negative is overdue.
 * Rounded, so a day of 23 or 25 hours (a clock change) still counts as one.
 */
export function daysUntil(due: Date, now: Date): number {
  const a = new Date(due);
  a.setHours(0, 0, 0, 0);
  const b = new Date(now);
  b.setHours(0, 0, 0, 0);
  return Math.round((a.getTime() - b.getTime()) / 86_400_000);
}

/**
 * Spaced repetition with FSRS: every question's card is a pure function of its rated attempts, so
 * the schedule can always be rebuilt from the history log (no second store to get out of sync).
 *
 * Scheduling is in whole days (FSRS without short-term learning steps): a drill takes a quarter of an
 * hour or more, so steps of minutes would bring it back the same day ("Good" came back after 10
 * minutes). Again brings a drill back the next day, Good a few days later. A card is due for its whole
 * due day, from midnight: what is due today is one rule for the sidebar, Start Due Drill and the stats.
 */
export class Scheduler {
  private f: FSRS | undefined;

  cards(history: readonly HistoryRecord[]): Map<string, Card> {
    const cards = new Map<string, Card>();
    const sorted = attemptsOf(history).sort((a, b) => a.endedAt - b.endedAt);
    if (sorted.length === 0) return cards;
    const { createEmptyCard, fsrs, Rating: FsrsRating } = fsrsLib();
    this.f ??= fsrs({ enable_fuzz: false, enable_short_term: false });
    const grade: Readonly<Record<Rating, Grade>> = { again: FsrsRating.Again, hard: FsrsRating.Hard, good: FsrsRating.Good, easy: FsrsRating.Easy };
    for (const r of sorted) {
      const card: Card = cards.get(r.questionId) ?? createEmptyCard(new Date(r.endedAt));
      cards.set(r.questionId, this.f.next(card, new Date(r.endedAt), grade[r.rating]).card);
    }
    return cards;
  }

  stateOf(card: Card | undefined, now: Date): CardState {
    if (!card) return 'new';
    const { State } = fsrsLib();
    if (card.state === State.New) return 'new';
    if (daysUntil(card.due, now) <= 0) return 'due';
    if (card.state === State.Review && card.stability >= MASTERED_STABILITY_DAYS) return 'mastered';
    return 'learning';
  }

  /** Question ids due today (overdue included), most overdue first. */
  dueQueue(cards: ReadonlyMap<string, Card>, now: Date): string[] {
    if (cards.size === 0) return [];
    const { State } = fsrsLib();
    return [...cards.entries()]
      .filter(([, c]) => c.state !== State.New && daysUntil(c.due, now) <= 0)
      .sort((a, b) => a[1].due.getTime() - b[1].due.getTime())
      .map(([id]) => id);
  }

  /** How many cards fall due on each of the next `days` days (index 0 = today, overdue included). */
  forecast(cards: ReadonlyMap<string, Card>, now: Date, days = 14): number[] {
    const out = new Array<number>(days).fill(0);
    if (cards.size === 0) return out;
    const { State } = fsrsLib();
    for (const c of cards.values()) {
      if (c.state === State.New) continue;
      const d = Math.max(0, daysUntil(c.due, now));
      if (d < days) out[d] = (out[d] ?? 0) + 1;
    }
    return out;
  }
}

/**
 * The rating suggested after an attempt: all tests passed within the time → good (easy when well
 * under time), passed but overtime → hard, tests failing → again. Design and behavioral drills use
 * the review's average score. An attempt that revealed a hidden case's input is hard at best.
 */
export function suggestRating(a: { kind: string; minutes: number; activeMs: number; verdicts: Readonly<Record<string, number>>; reviewScores?: Readonly<Record<string, number>>; revealedHidden?: number }): Rating {
  const rating = suggestFromResults(a);
  // Seeing a hidden case's input is help: the drill was not solved unaided.
  return (a.revealedHidden ?? 0) > 0 && (rating === 'good' || rating === 'easy') ? 'hard' : rating;
}

function suggestFromResults(a: { kind: string; minutes: number; activeMs: number; verdicts: Readonly<Record<string, number>>; reviewScores?: Readonly<Record<string, number>> }): Rating {
  if (judgedByReview(a.kind)) {
    const scores = Object.values(a.reviewScores ?? {});
    if (scores.length === 0) return 'hard';
    const avg = scores.reduce((x, y) => x + y, 0) / scores.length;
    return avg >= 3.5 ? 'easy' : avg >= 2.75 ? 'good' : avg >= 2 ? 'hard' : 'again';
  }
  const total = Object.values(a.verdicts).reduce((x, y) => x + y, 0);
  const passed = a.verdicts['accepted'] ?? 0;
  if (total === 0 || passed < total) return 'again';
  const limit = a.minutes * 60_000;
  if (a.activeMs > limit) return 'hard';
  return a.activeMs < limit / 2 ? 'easy' : 'good';
}
