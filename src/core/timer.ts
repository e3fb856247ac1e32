// The drill timer as a pure state machine over an injected clock; the UI renders `view(state, now)`.
import { KINDS, type PhaseSpec } from './kinds';

/** The phases of a timer started before timers knew their drill's kind: a coding drill's. */
export const DEFAULT_PHASES: readonly PhaseSpec[] = KINDS.coding.phases;

export interface TimerState {
  readonly questionId: string;
  readonly title: string;
  readonly durationMs: number;
  /** Time counted before the current running stretch. */
  readonly elapsedBeforeMs: number;
  /** Epoch ms when the current running stretch began; undefined while paused. */
  readonly runningSince?: number;
  readonly pausedSince?: number;
  readonly pauses: number;
  readonly pausedMs: number;
  /** Honest mode: paused time counts against the clock. */
  readonly honest: boolean;
  readonly startedAt: number;
  /** The phase marks of the drill's kind (none for a mock interview spanning several drills). */
  readonly phases?: readonly PhaseSpec[];
}

export interface TimerView {
  readonly remainingMs: number;
  readonly elapsedMs: number;
  readonly overtime: boolean;
  readonly running: boolean;
  /** The phase the elapsed time falls in; empty when the timer has no phases. */
  readonly phase: string;
  readonly warning: 'none' | 'five-minutes' | 'time-up';
}

export function startTimer(questionId: string, title: string, minutes: number, honest: boolean, now: number, phases: readonly PhaseSpec[] = DEFAULT_PHASES): TimerState {
  return { questionId, title, durationMs: Math.round(minutes * 60_000), elapsedBeforeMs: 0, runningSince: now, pauses: 0, pausedMs: 0, honest, startedAt: now, phases };
}

export function pauseTimer(s: TimerState, now: number): TimerState {
  if (s.runningSince === undefined) return s;
  const { runningSince, ...rest } = s;
  return { ...rest, elapsedBeforeMs: s.elapsedBeforeMs + Math.max(0, now - runningSince), pausedSince: now, pauses: s.pauses + 1 };
}

export function resumeTimer(s: TimerState, now: number): TimerState {
  if (s.runningSince !== undefined) return s;
  const pausedFor = s.pausedSince !== undefined ? Math.max(0, now - s.pausedSince) : 0;
  const { pausedSince: _p, ...rest } = s;
  return {
    ...rest,
    runningSince: now,
    pausedMs: s.pausedMs + pausedFor,
    elapsedBeforeMs: s.elapsedBeforeMs + (s.honest ? pausedFor : 0),
  };
}

export function resetTimer(s: TimerState, now: number): TimerState {
  return startTimer(s.questionId, s.title, s.durationMs / 60_000, s.honest, now, phasesOf(s));
}

export function elapsedMs(s: TimerState, now: number): number {
  let e = s.elapsedBeforeMs;
  if (s.runningSince !== undefined) e += Math.max(0, now - s.runningSince);
  else if (s.honest && s.pausedSince !== undefined) e += Math.max(0, now - s.pausedSince);
  return e;
}

export function phasesOf(s: TimerState): readonly PhaseSpec[] {
  return s.phases ?? DEFAULT_PHASES;
}

export function phaseAt(s: TimerState, elapsed: number): string {
  const phases = phasesOf(s);
  let acc = 0;
  for (const p of phases) {
    acc += p.share * s.durationMs;
    if (elapsed < acc) return p.phase;
  }
  return phases[phases.length - 1]?.phase ?? '';
}

export function viewTimer(s: TimerState, now: number): TimerView {
  const elapsed = elapsedMs(s, now);
  const remaining = s.durationMs - elapsed;
  return {
    remainingMs: remaining,
    elapsedMs: elapsed,
    overtime: remaining < 0,
    running: s.runningSince !== undefined,
    phase: phaseAt(s, elapsed),
    warning: remaining <= 0 ? 'time-up' : remaining <= 5 * 60_000 ? 'five-minutes' : 'none',
  };
}

/** `12:05` left, `+1:30` in overtime (time past the end), `1:02:03` past an hour. */
export function formatClock(ms: number): string {
  const sign = ms < 0 ? '+' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${sign}${h > 0 ? `${h}:` : ''}${mm}:${String(sec).padStart(2, '0')}`;
}

/** Validates a persisted state (storage is not trusted to have the current shape). */
export function restoreTimer(raw: unknown): TimerState | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  const n = (k: string): boolean => typeof r[k] === 'number' && Number.isFinite(r[k]);
  if (typeof r['questionId'] !== 'string' || typeof r['title'] !== 'string' || !n('durationMs') || !n('elapsedBeforeMs') || !n('startedAt')) return undefined;
  const phases = r['phases'];
  const valid = Array.isArray(phases) && phases.every((p: unknown) => typeof p === 'object' && p !== null && typeof (p as PhaseSpec).phase === 'string' && typeof (p as PhaseSpec).share === 'number');
  const { phases: _dropped, ...rest } = raw as TimerState;
  return valid ? (raw as TimerState) : rest;
}
