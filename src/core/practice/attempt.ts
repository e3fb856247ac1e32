// How long an attempt took, from the drill's timer or from when the attempt started.
import { elapsedMs, type TimerState } from '../timer';

/** Start times before this are no real moment of practice (0 from an older version, a bad clock). */
const EARLIEST = Date.UTC(2000, 0, 1);

/** A start time read back from storage, or undefined when it is unknown or not a plausible moment. */
export function plausibleStart(value: unknown, nowMs: number): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= EARLIEST && value <= nowMs ? value : undefined;
}

/**
 * The start and active time of an attempt ending now: the drill's own timer when it has one (pauses
 * left out unless honest mode), else the time since a plausible start, else unknown: 0 ms starting
 * now, never "since 1970".
 */
export function attemptSpan(timer: TimerState | undefined, startedAt: number | undefined, nowMs: number): { readonly startedAt: number; readonly activeMs: number } {
  if (timer) return { startedAt: Math.min(timer.startedAt, nowMs), activeMs: Math.round(elapsedMs(timer, nowMs)) };
  const start = plausibleStart(startedAt, nowMs);
  return start === undefined ? { startedAt: nowMs, activeMs: 0 } : { startedAt: start, activeMs: nowMs - start };
}
