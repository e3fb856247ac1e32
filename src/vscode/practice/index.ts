import type { Card } from 'ts-fsrs';
import * as vscode from 'vscode';
import * as path from 'path';
import { HistoryStore, HISTORY_VERSION, type AttemptRecord, type ImportReport } from '../../core/practice/history';
import { Scheduler, suggestRating, type CardState, type Rating } from '../../core/practice/scheduler';
import { elapsedMs } from '../../core/timer';
import type { DrillOpener, DrillSessions } from '../drills';
import { readConfig } from '../config';
import { Command } from '../ids';
import type { QuestionService } from '../questions';
import type { ReviewComments } from '../review';
import type { DrillTesting } from '../testing';
import type { DrillTimer } from '../timer';
import type { PracticeStateSource } from '../topicsTree';
import { StatsDashboard } from './dashboard';
import { MockInterview } from './mock';

export interface PracticeDeps {
  readonly storageDir: string;
  readonly questions: QuestionService;
  readonly sessions: DrillSessions;
  readonly opener: DrillOpener;
  readonly timer: DrillTimer;
  readonly testing: DrillTesting;
  readonly review: ReviewComments;
  readonly now?: () => Date;
}

const RATINGS: readonly { rating: Rating; label: string; detail: string }[] = [
  { rating: 'again', label: 'Again', detail: 'I could not solve it: bring it back soon' },
  { rating: 'hard', label: 'Hard', detail: 'Solved, but slowly or with help' },
  { rating: 'good', label: 'Good', detail: 'Solved in time' },
  { rating: 'easy', label: 'Easy', detail: 'Solved comfortably, well under time' },
];

/** Attempt history and the spaced-repetition schedule, as the sidebar and commands see them. */
export class Practice implements PracticeStateSource, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly scheduler = new Scheduler();
  private store: HistoryStore;
  private cards = new Map<string, Card>();
  private readonly now: () => Date;
  private readonly subs: vscode.Disposable[] = [];
  /** Set by registerPractice: mock interviews record into this history. */
  mock: MockInterview | undefined;

  constructor(private readonly deps: PracticeDeps) {
    this.now = deps.now ?? (() => new Date());
    this.store = new HistoryStore(this.folder());
    this.refresh();
    this.subs.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('interviewDrills.historyFolder')) this.reopen();
      }),
      // Granting trust lets the workspace's own history folder count.
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.reopen()),
    );
  }

  private reopen(): void {
    const folder = this.folder();
    if (folder === path.dirname(this.store.file)) return;
    this.store = new HistoryStore(folder);
    this.refresh();
  }

  private folder(): string {
    return readConfig().historyFolder || this.deps.storageDir;
  }

  get history(): HistoryStore {
    return this.store;
  }

  refresh(): void {
    this.cards = this.scheduler.cards(this.store.read().records);
    this.changed.fire();
  }

  stateOf(questionId: string): CardState {
    return this.scheduler.stateOf(this.cards.get(questionId), this.now());
  }

  dueQuestionIds(): readonly string[] {
    return this.scheduler.dueQueue(this.cards, this.now()).filter((id) => this.deps.questions.bank.byId(id));
  }

  /** Records the current drill as an attempt with a rating (asked, with a suggestion, unless given). */
  async finish(given?: Rating): Promise<AttemptRecord | undefined> {
    const drill = this.deps.sessions.current();
    if (!drill) {
      void vscode.window.showInformationMessage('Interview Drills: no drill is open.');
      return undefined;
    }
    const q = drill.question;
    const timer = this.deps.timer.current;
    const nowMs = this.now().getTime();
    const run = this.deps.testing.lastResult(q.id);
    const verdicts: Record<string, number> = {};
    for (const c of run?.cases ?? []) verdicts[c.verdict] = (verdicts[c.verdict] ?? 0) + 1;
    const review = this.deps.review.lastReview(q.id);
    const reviewScores = review ? Object.fromEntries(review.scores.map((s) => [s.dimension, s.score])) : undefined;
    const activeMs = timer && timer.questionId === q.id ? elapsedMs(timer, nowMs) : Math.max(0, nowMs - drill.startedAt);
    const suggested = suggestRating({ kind: q.kind, minutes: q.minutes, activeMs, verdicts, ...(reviewScores ? { reviewScores } : {}) });
    let rating = given;
    if (!rating) {
      const items = RATINGS.map((r) => ({ label: r.label, description: r.rating === suggested ? '(suggested from your results)' : '', detail: r.detail, rating: r.rating }));
      items.sort((a, b) => (a.rating === suggested ? -1 : b.rating === suggested ? 1 : 0));
      const pick = await vscode.window.showQuickPick(items, { title: `How did "${q.title}" go?`, placeHolder: `Suggested: ${suggested}. This decides when the drill comes back.` });
      if (!pick) return undefined;
      rating = pick.rating;
    }
    const record: AttemptRecord = {
      v: HISTORY_VERSION,
      type: 'attempt',
      id: this.store.newId(),
      questionId: q.id,
      topic: q.topic,
      kind: q.kind,
      language: drill.language,
      startedAt: timer?.startedAt ?? drill.startedAt,
      endedAt: nowMs,
      activeMs: Math.round(activeMs),
      pauses: timer?.pauses ?? 0,
      pausedMs: timer?.pausedMs ?? 0,
      minutes: q.minutes,
      verdicts,
      ...(run?.mode === 'submit' ? { submitVerdict: run.verdict } : {}),
      ...(reviewScores ? { reviewScores } : {}),
      rating,
    };
    this.store.append(record);
    this.deps.timer.stop();
    this.refresh();
    const state = this.stateOf(q.id);
    const due = this.cards.get(q.id)?.due;
    void vscode.window.showInformationMessage(`Interview Drills: "${q.title}" recorded as ${rating}. ${state === 'due' ? 'It comes back today.' : due ? `Next review ${due.toLocaleDateString()}.` : ''}`);
    return record;
  }

  /** Today's plan: every due drill, then `newPerDay` drills never attempted (easy first, varied topics). */
  dailyPlan(newPerDay: number): { due: string[]; fresh: string[] } {
    const due = [...this.dueQuestionIds()];
    const attempted = new Set(this.cards.keys());
    const unseen = this.deps.questions.bank.all().filter((q) => !attempted.has(q.id));
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

  async showDailyPlan(): Promise<unknown> {
    const plan = this.dailyPlan(readConfig().newPerDay);
    const bank = this.deps.questions.bank;
    const item = (id: string, kind: string) => {
      const q = bank.byId(id)!;
      return { label: q.title, description: `${kind} · ${q.difficulty} · ${q.minutes} min`, id };
    };
    const items: (vscode.QuickPickItem & { id?: string })[] = [
      { label: `Due (${plan.due.length})`, kind: vscode.QuickPickItemKind.Separator },
      ...plan.due.map((id) => item(id, 'due')),
      { label: `New (${plan.fresh.length})`, kind: vscode.QuickPickItemKind.Separator },
      ...plan.fresh.map((id) => item(id, 'new')),
    ];
    const pick = await vscode.window.showQuickPick(items, { title: `Today's plan: ${plan.due.length} due + ${plan.fresh.length} new`, placeHolder: 'Pick a drill to start' });
    const q = pick?.id ? bank.byId(pick.id) : undefined;
    return q ? this.deps.opener.start(q) : undefined;
  }

  async startDue(): Promise<unknown> {
    const id = this.dueQuestionIds()[0];
    const q = id ? this.deps.questions.bank.byId(id) : undefined;
    if (!q) {
      void vscode.window.showInformationMessage('Interview Drills: nothing is due. Start a new drill, or come back later.');
      return undefined;
    }
    return this.deps.opener.start(q);
  }

  dispose(): void {
    this.changed.dispose();
    for (const s of this.subs) s.dispose();
  }
}

/** The number of due drills as a badge on the Topics view. */
export function showDueBadge(view: vscode.TreeView<unknown>, practice: Practice): vscode.Disposable {
  const update = (): void => {
    const n = practice.dueQuestionIds().length;
    view.badge = n > 0 ? { value: n, tooltip: `${n} drill${n === 1 ? '' : 's'} due for review` } : undefined;
  };
  update();
  return practice.onDidChange(update);
}

export function registerPractice(context: vscode.ExtensionContext, deps: PracticeDeps): Practice {
  const practice = new Practice(deps);
  const dashboard = new StatsDashboard(context.extensionUri, practice, () => practice.startDue());
  const mock = new MockInterview({ ...deps, memento: context.workspaceState, practice });
  practice.mock = mock;
  void mock.recover();
  context.subscriptions.push(
    practice,
    dashboard,
    vscode.commands.registerCommand(Command.StartMock, (format?: string) => mock.start(format)),
    vscode.commands.registerCommand(Command.NextMockDrill, () => mock.next()),
    vscode.commands.registerCommand(Command.FinishMock, () => mock.finish()),
    vscode.commands.registerCommand(Command.ShowMockReport, () => mock.showReport()),
    vscode.commands.registerCommand(Command.ShowStats, () => {
      dashboard.show();
      return dashboard.stats();
    }),
    vscode.commands.registerCommand(Command.FinishDrill, (rating?: Rating) => practice.finish(rating)),
    vscode.commands.registerCommand(Command.StartDueDrill, () => practice.startDue()),
    vscode.commands.registerCommand(Command.DailyPlan, () => practice.showDailyPlan()),
    // A design doc or STAR answer ends with its review: offer to record it.
    deps.review.onDidReview(({ drill, review }) => {
      if ((drill.question.kind !== 'system-design' && drill.question.kind !== 'behavioral') || review.error || mock.state) return;
      void vscode.window.showInformationMessage(`Interview Drills: reviewed "${drill.question.title}". Finish the drill and rate it?`, 'Finish Drill').then((p) => p && practice.finish());
    }),
    // A Submit that passes every case is the natural end of a coding drill: offer to record it.
    deps.testing.onDidRun(({ result }) => {
      if (result.mode !== 'submit' || result.verdict !== 'accepted' || mock.state) return;
      void vscode.window
        .showInformationMessage(`Interview Drills: all ${result.cases.length} cases pass. Finish the drill and rate it?`, 'Finish Drill')
        .then((p) => p && practice.finish());
    }),
    vscode.commands.registerCommand(Command.ExportHistory, async () => {
      const target = await vscode.window.showSaveDialog({ filters: { JSON: ['json'] }, defaultUri: vscode.Uri.file('interview-drills-history.json') });
      if (!target) return;
      await vscode.workspace.fs.writeFile(target, Buffer.from(practice.history.export(), 'utf8'));
      void vscode.window.showInformationMessage(`Interview Drills: history exported to ${target.fsPath}.`);
    }),
    vscode.commands.registerCommand(Command.ImportHistory, async (given?: vscode.Uri) => {
      const [source] = given ? [given] : ((await vscode.window.showOpenDialog({ filters: { 'History (export or history.jsonl)': ['json', 'jsonl'] }, canSelectMany: false })) ?? []);
      if (!source) return undefined;
      let report: ImportReport;
      try {
        report = practice.history.import(Buffer.from(await vscode.workspace.fs.readFile(source)).toString('utf8'));
      } catch (e) {
        void vscode.window.showErrorMessage(`Interview Drills: cannot import ${path.basename(source.fsPath)}: ${(e as Error).message}.`);
        return undefined;
      }
      practice.refresh();
      const done = `Interview Drills: imported ${report.added} new record(s)${report.duplicates ? `, ${report.duplicates} already here` : ''}.`;
      if (report.rejected === 0) {
        void vscode.window.showInformationMessage(done);
        return report;
      }
      const first = report.problems[0];
      void vscode.window
        .showWarningMessage(`${done} ${report.rejected} record(s) were refused${first ? `, e.g. ${first.at}: ${first.reason}` : ''}.`, 'Show All Reasons')
        .then(async (pick) => {
          if (!pick) return;
          const lines = [`${report.rejected} record(s) of ${path.basename(source.fsPath)} were not imported:`, '', ...report.problems.map((p) => `${p.at}: ${p.reason}`), ...(report.problems.length < report.rejected ? [`… and ${report.rejected - report.problems.length} more`] : [])];
          await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'plaintext', content: lines.join('\n') }));
        });
      return report;
    }),
  );
  return practice;
}
