// Typed messages between the extension host and its webviews. Imported by both sides: no vscode here.

export interface PromptRender {
  readonly questionId: string;
  readonly title: string;
  readonly meta: string;
  /** Sanitised HTML rendered from the question's Markdown. */
  readonly html: string;
  readonly hints: readonly string[];
  readonly hintsTotal: number;
  readonly examples: readonly { readonly name: string; readonly call: string; readonly expected: string }[];
  readonly source: string;
  /** What the person asked the interviewer about this drill, and the answers (oldest first). */
  readonly asked: readonly { readonly question: string; readonly answer: string; readonly fromModel: boolean }[];
  /** Set when the drill is ready to be finished: what earned it ("All 12 cases pass"). */
  readonly offer?: string;
}

export type ToPrompt = { readonly type: 'render'; readonly prompt: PromptRender };
export type FromPrompt =
  | { readonly type: 'ready' }
  | { readonly type: 'revealHint' }
  | { readonly type: 'openSolution' }
  | { readonly type: 'startTimer' }
  | { readonly type: 'ask' }
  | { readonly type: 'finish' };

export interface TimerRender {
  readonly title: string;
  readonly durationMs: number;
  readonly remainingMs: number;
  readonly running: boolean;
  readonly honest: boolean;
  readonly pauses: number;
  readonly phases: readonly { readonly phase: string; readonly share: number }[];
  /** Host time the figures were taken at, so the view can tick between updates. */
  readonly at: number;
}

export type ToTimer = { readonly type: 'state'; readonly timer: TimerRender | null };
export type FromTimer =
  | { readonly type: 'ready' }
  | { readonly type: 'start' }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'reset' };

export interface StatsRender {
  readonly attempts: number;
  readonly streak: number;
  readonly topics: readonly { readonly title: string; readonly attempted: number; readonly solved: number; readonly accuracy: number }[];
  readonly timeToSolve: readonly { readonly at: number; readonly minutes: number; readonly questionId: string }[];
  readonly reviewTrend: Readonly<Record<string, readonly { readonly at: number; readonly score: number }[]>>;
  readonly dueForecast: readonly number[];
  /** Drills due today: the ones Start Due Drill opens, by the same rule as the forecast's first day. */
  readonly dueToday: number;
  /** Lines of history.jsonl that were not valid records and were left out. */
  readonly skippedLines: number;
}

export type ToStats = { readonly type: 'stats'; readonly stats: StatsRender };
export type FromStats = { readonly type: 'ready' } | { readonly type: 'startDue' };
