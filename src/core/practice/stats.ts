import { judgedByReview } from '../kinds';
import { TOPICS, type Topic } from '../model';
import { attemptsOf, type AttemptRecord, type HistoryRecord } from './history';
import { Scheduler } from './scheduler';

export interface TopicStats {
  readonly topic: Topic;
  readonly attempted: number;
  readonly solved: number;
  /** Share of attempts solved (all cases accepted, or a review average of 3+). */
  readonly accuracy: number;
}

export interface Stats {
  readonly attempts: number;
  readonly topics: readonly TopicStats[];
  /** Consecutive days, ending today or yesterday, with at least one attempt. */
  readonly streak: number;
  /** Minutes per solved coding attempt, oldest first. */
  readonly timeToSolve: readonly { readonly at: number; readonly minutes: number; readonly questionId: string }[];
  /** Review scores per rubric dimension over time. */
  readonly reviewTrend: Readonly<Record<string, readonly { readonly at: number; readonly score: number }[]>>;
  /** Drills falling due on each of the next 14 days (index 0 = today, overdue included). */
  readonly dueForecast: readonly number[];
}

export function solved(a: AttemptRecord): boolean {
  const scores = Object.values(a.reviewScores ?? {});
  if (judgedByReview(a.kind)) return scores.length > 0 && scores.reduce((x, y) => x + y, 0) / scores.length >= 3;
  const total = Object.values(a.verdicts).reduce((x, y) => x + y, 0);
  return total > 0 && (a.verdicts['accepted'] ?? 0) === total;
}

/** Day number in the person's time zone (offset in minutes east of UTC, as Date#getTimezoneOffset negated). */
function dayOf(ms: number, offsetMinutes: number): number {
  return Math.floor((ms + offsetMinutes * 60_000) / 86_400_000);
}

/**
 * `schedulable` says which drills the forecast counts: the extension passes the drills it can start,
 * so today's figure is the number Start Due Drill can open (a drill removed from its pack is not due).
 */
export function computeStats(records: readonly HistoryRecord[], now: Date, offsetMinutes = -now.getTimezoneOffset(), schedulable: (questionId: string) => boolean = () => true): Stats {
  const sorted = attemptsOf(records).sort((a, b) => a.endedAt - b.endedAt);
  const topics = TOPICS.map((topic) => {
    const mine = sorted.filter((r) => r.topic === topic);
    const ok = mine.filter(solved).length;
    return { topic, attempted: mine.length, solved: ok, accuracy: mine.length ? ok / mine.length : 0 };
  });
  const days = new Set(sorted.map((r) => dayOf(r.endedAt, offsetMinutes)));
  const today = dayOf(now.getTime(), offsetMinutes);
  let streak = 0;
  for (let d = days.has(today) ? today : today - 1; days.has(d); d--) streak++;
  const timeToSolve = sorted.filter((r) => !judgedByReview(r.kind)).filter(solved).map((r) => ({ at: r.endedAt, minutes: Math.round((r.activeMs / 60_000) * 10) / 10, questionId: r.questionId }));
  // A Map, so no dimension name can collide with an Object.prototype member.
  const trend = new Map<string, { at: number; score: number }[]>();
  for (const r of sorted) {
    for (const [dim, score] of Object.entries(r.reviewScores ?? {})) {
      const points = trend.get(dim) ?? [];
      points.push({ at: r.endedAt, score });
      trend.set(dim, points);
    }
  }
  const reviewTrend = Object.fromEntries(trend);
  const scheduler = new Scheduler();
  const cards = new Map([...scheduler.cards(sorted)].filter(([id]) => schedulable(id)));
  return { attempts: sorted.length, topics, streak, timeToSolve, reviewTrend, dueForecast: scheduler.forecast(cards, now, 14) };
}
