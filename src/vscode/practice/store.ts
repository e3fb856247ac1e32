import type { Card } from 'ts-fsrs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { DrillSummary } from '../../core/practice/drillState';
import { attemptsOf, HistoryStore, type AttemptRecord } from '../../core/practice/history';
import { Scheduler, type CardState } from '../../core/practice/scheduler';
import type { Config } from '../config';
import { Disposable } from '../lifecycle';
import type { QuestionService } from '../questions';

/**
 * The attempt history and the spaced-repetition schedule rebuilt from it: what the sidebar, the
 * commands and the stats read. The history file follows the historyFolder setting.
 */
export class PracticeStore extends Disposable {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private readonly scheduler = new Scheduler();
  private store: HistoryStore;
  private cards = new Map<string, Card>();
  private attempts = new Map<string, { count: number; last: AttemptRecord }>();

  constructor(
    private readonly storageDir: string,
    private readonly config: Config,
    private readonly questions: QuestionService,
    private readonly now: () => Date = () => new Date(),
  ) {
    super();
    this.store = new HistoryStore(this.folder());
    this.refresh();
    // The config snapshot already accounts for workspace trust: granting it can change the folder.
    this._register(config.onDidChange(() => this.reopen()));
  }

  private reopen(): void {
    const folder = this.folder();
    if (folder === path.dirname(this.store.file)) return;
    this.store = new HistoryStore(folder);
    this.refresh();
  }

  private folder(): string {
    return this.config.current.historyFolder || this.storageDir;
  }

  get history(): HistoryStore {
    return this.store;
  }

  /** Rebuilds the schedule from the history file. */
  refresh(): void {
    const { records } = this.store.read();
    this.cards = this.scheduler.cards(records);
    const attempts = new Map<string, { count: number; last: AttemptRecord }>();
    for (const r of attemptsOf(records)) {
      const seen = attempts.get(r.questionId);
      attempts.set(r.questionId, { count: (seen?.count ?? 0) + 1, last: seen && seen.last.endedAt > r.endedAt ? seen.last : r });
    }
    this.attempts = attempts;
    this.changed.fire();
  }

  /** The drill's schedule state, its number of attempts, the latest one and its next review. */
  summary(questionId: string): DrillSummary {
    const seen = this.attempts.get(questionId);
    const card = this.cards.get(questionId);
    return { card: this.stateOf(questionId), attempts: seen?.count ?? 0, ...(seen ? { last: seen.last } : {}), ...(card ? { nextReview: card.due } : {}) };
  }

  card(questionId: string): Card | undefined {
    return this.cards.get(questionId);
  }

  attemptedIds(): ReadonlySet<string> {
    return new Set(this.cards.keys());
  }

  stateOf(questionId: string): CardState {
    return this.scheduler.stateOf(this.cards.get(questionId), this.now());
  }

  /** Drills due today (overdue included) that the bank still has, most overdue first. */
  dueQuestionIds(): readonly string[] {
    return this.scheduler.dueQueue(this.cards, this.now()).filter((id) => this.startable(id));
  }

  /** Whether a drill in the history can still be started (its pack may have been removed). */
  startable(questionId: string): boolean {
    return this.questions.bank.byId(questionId) !== undefined;
  }

  /** Today's plan: every due drill, then `newPerDay` drills never attempted (easy first, varied topics). */
  dailyPlan(newPerDay: number): { due: string[]; fresh: string[] } {
    const due = [...this.dueQuestionIds()];
    const attempted = this.attemptedIds();
    const unseen = this.questions.bank.all().filter((q) => !attempted.has(q.id));
    const order = { easy: 0, medium: 1, hard: 2 } as const;
    unseen.sort((a, b) => order[a.difficulty] - order[b.difficulty]);
    const fresh: string[] = [];
    const topics = new Set<string>();
    for (const q of unseen) {
      if (fresh.length < newPerDay && !topics.has(q.topic)) {
        fresh.push(q.id);
        topics.add(q.topic);
      }
    }
    for (const q of unseen) if (fresh.length < newPerDay && !fresh.includes(q.id)) fresh.push(q.id);
    return { due, fresh };
  }
}
