import * as vscode from 'vscode';
import * as path from 'path';
import { KINDS } from '../../core/kinds';
import { HISTORY_VERSION, type AttemptRecord, type ImportReport } from '../../core/practice/history';
import { suggestRating, type Rating } from '../../core/practice/scheduler';
import { defaultLanguage, isLanguage } from '../../core/runtimes';
import { attemptSpan } from '../../core/practice/attempt';
import type { Choice } from '../ask';
import type { ActiveDrill } from '../drills';
import { Command } from '../ids';
import type { ReviewComments } from '../review';
import type { Services } from '../services';
import type { DrillTesting } from '../testing';
import { runSummary } from '../testing/messages';
import { StatsDashboard } from './dashboard';
import { MockInterview, REPORT_SCHEME } from './mock';

export type PracticeDeps = Pick<Services, 'commands' | 'config' | 'questions' | 'sessions' | 'opener' | 'timer' | 'practice' | 'journal' | 'ask'> & {
  readonly testing: DrillTesting;
  readonly review: ReviewComments;
  readonly now?: () => Date;
};

const RATINGS: readonly { rating: Rating; label: string; detail: string }[] = [
  { rating: 'again', label: 'Again', detail: 'I could not solve it: bring it back soon' },
  { rating: 'hard', label: 'Hard', detail: 'Solved, but slowly or with help' },
  { rating: 'good', label: 'Good', detail: 'Solved in time' },
  { rating: 'easy', label: 'Easy', detail: 'Solved comfortably, well under time' },
];

/** Finishing and rating drills, the daily plan and due drills, over the practice store. */
export class Practice {
  private readonly now: () => Date;
  /** A Submit run from the rating question: its pass is rated next, not offered in a notification. */
  private finishing = false;

  constructor(private readonly deps: PracticeDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /**
   * Records an attempt with a rating (asked, with a suggestion, unless given): the drill named by
   * `questionId` (an offer names the drill it was made for), else the current one.
   */
  async finish(opts: { readonly questionId?: string; readonly rating?: Rating; readonly offer?: number } = {}): Promise<AttemptRecord | undefined> {
    // From a notification's button: only while its offer stands (a notification outlives the attempt it offered to finish).
    if (opts.offer !== undefined && this.deps.journal.get(opts.questionId ?? '').offer?.at !== opts.offer) {
      void vscode.window.showInformationMessage(`Interview Drills: that offer to finish "${this.deps.questions.bank.byId(opts.questionId ?? '')?.title ?? opts.questionId}" no longer stands: the attempt was recorded, or a later run took the offer back.`);
      return undefined;
    }
    const drill = this.drillToFinish(opts.questionId);
    if (!drill) {
      void vscode.window.showInformationMessage(opts.questionId ? `Interview Drills: "${this.deps.questions.bank.byId(opts.questionId)?.title ?? opts.questionId}" is not open any more; start it again to finish it.` : 'Interview Drills: no drill is open.');
      return undefined;
    }
    const given = opts.rating;
    const q = drill.question;
    // The timer counts this drill only if it is this drill's timer.
    const timer = this.deps.timer.current?.questionId === q.id ? this.deps.timer.current : undefined;
    const nowMs = this.now().getTime();
    const { run, stale } = await this.deps.testing.runOfAnswer(drill);
    const verdicts: Record<string, number> = {};
    for (const c of run?.cases ?? []) verdicts[c.verdict] = (verdicts[c.verdict] ?? 0) + 1;
    const review = this.deps.review.lastReview(q.id);
    const reviewScores = review ? Object.fromEntries(review.scores.map((s) => [s.dimension, s.score])) : undefined;
    // Without this drill's timer or a plausible start, the time spent is unknown: 0, never "since 1970".
    const { startedAt, activeMs } = attemptSpan(timer, drill.startedAt, nowMs);
    const revealedHidden = this.deps.journal.get(q.id).revealed.length;
    const suggested = suggestRating({ kind: q.kind, minutes: q.minutes, activeMs, verdicts, revealedHidden, ...(reviewScores ? { reviewScores } : {}) });
    let rating = given;
    if (!rating) {
      const items: Choice<Rating | 'submit'>[] = RATINGS.map((r) => ({ label: r.label, description: r.rating === suggested ? '(suggested from your results)' : '', detail: r.detail, value: r.rating }));
      items.sort((a, b) => (a.value === suggested ? -1 : b.value === suggested ? 1 : 0));
      // Code with no run of its own (never run, edited since, or run before a window reload) records
      // no verdicts: say so, and offer to run it as it is now.
      const unrun = KINDS[q.kind].runnable && !run;
      const canSubmit = unrun && this.deps.sessions.current()?.solution.toString() === drill.solution.toString();
      if (canSubmit) items.unshift({ label: '$(play) Submit first', detail: 'Run every case on your code as it is now, then rate it with those results', value: 'submit' });
      const why = stale ? `Code changed after the last run (${runSummary(stale)}): not recorded. ` : unrun ? 'No run of this code yet. ' : '';
      const pick = await this.deps.ask.choose(`How did "${q.title}" go?`, items, `${why}Suggested: ${suggested}. This decides when the drill comes back.`);
      if (!pick) return undefined;
      if (pick === 'submit') {
        // Its pass would offer to finish in a notification: this is that finish already.
        this.finishing = true;
        const ran = await this.deps.testing.runDrill('submit').finally(() => (this.finishing = false));
        return ran ? this.finish(opts) : undefined;
      }
      rating = pick;
    }
    const record: AttemptRecord = {
      v: HISTORY_VERSION,
      type: 'attempt',
      id: this.deps.practice.history.newId(),
      questionId: q.id,
      topic: q.topic,
      kind: q.kind,
      language: drill.language,
      startedAt,
      endedAt: nowMs,
      activeMs,
      pauses: timer?.pauses ?? 0,
      pausedMs: timer?.pausedMs ?? 0,
      minutes: q.minutes,
      verdicts,
      ...(run?.mode === 'submit' ? { submitVerdict: run.verdict } : {}),
      ...(reviewScores ? { reviewScores } : {}),
      ...(revealedHidden ? { revealedHidden } : {}),
      rating,
    };
    this.deps.practice.history.append(record);
    await this.deps.journal.endAttempt(q.id);
    if (timer) this.deps.timer.stop();
    this.deps.practice.refresh();
    const state = this.deps.practice.stateOf(q.id);
    const due = this.deps.practice.card(q.id)?.due;
    void vscode.window.showInformationMessage(`Interview Drills: "${q.title}" recorded as ${rating}. ${state === 'due' ? 'It comes back today.' : due ? `Next review ${due.toLocaleDateString()}.` : ''}`);
    return record;
  }

  private drillToFinish(questionId: string | undefined): ActiveDrill | undefined {
    const current = this.deps.sessions.current();
    if (questionId === undefined || current?.question.id === questionId) return current;
    const question = this.deps.questions.bank.byId(questionId);
    const offer = this.deps.journal.get(questionId).offer;
    if (!question || !offer) return undefined;
    const solution = vscode.Uri.parse(offer.solution);
    return { question, folder: vscode.Uri.joinPath(solution, '..'), solution, language: isLanguage(offer.language) ? offer.language : defaultLanguage(question.kind), ...(offer.startedAt ? { startedAt: offer.startedAt } : {}) };
  }

  /** Offers to finish a drill: kept on the drill (CodeLens, prompt tab) and pointed at by a notification; `code`, the fingerprint of the code that earned it. */
  async offer(drill: ActiveDrill, reason: string, code?: string): Promise<void> {
    const q = drill.question;
    const at = Date.now();
    // Read now: the run that offers it ends (and clears the flag) while the journal is written.
    const quiet = this.finishing;
    await this.deps.journal.offer(q.id, { reason, at, solution: drill.solution.toString(), language: drill.language, ...(drill.startedAt ? { startedAt: drill.startedAt } : {}), ...(code ? { code } : {}) });
    if (quiet) return;
    void vscode.window
      .showInformationMessage(`Interview Drills: "${q.title}": ${reason}. Finish and rate it now, or later with "Finish and rate" above your answer or in the prompt tab.`, 'Finish Drill')
      .then((p) => p && vscode.commands.executeCommand(Command.FinishDrill, { questionId: q.id, offer: at }));
  }

  async showDailyPlan(): Promise<unknown> {
    const plan = this.deps.practice.dailyPlan(this.deps.config.current.newPerDay);
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
    const id = this.deps.practice.dueQuestionIds()[0];
    const q = id ? this.deps.questions.bank.byId(id) : undefined;
    if (!q) {
      void vscode.window.showInformationMessage('Interview Drills: nothing is due. Start a new drill, or come back later.');
      return undefined;
    }
    return this.deps.opener.start(q);
  }
}

/** Finish Drill, due drills, the daily plan, stats, mock interviews and the history's import and export. */
export function registerPractice(context: vscode.ExtensionContext, deps: PracticeDeps): { practice: Practice; mock: MockInterview } {
  const practice = new Practice(deps);
  const store = deps.practice;
  const dashboard = new StatsDashboard(context.extensionUri, store, () => practice.startDue());
  const mock = new MockInterview({ ...deps, memento: context.workspaceState, practice: store });
  void mock.recover();
  context.subscriptions.push(dashboard, vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, { provideTextDocumentContent: (uri) => mock.reportText(uri) }));
  const register = deps.commands.register.bind(deps.commands);
  register(Command.StartMock, (format?: string) => mock.start(format));
  register(Command.NextMockDrill, () => mock.next());
  register(Command.FinishMock, () => mock.finish());
  register(Command.ShowMockReport, () => mock.showReport());
  register(Command.ShowStats, () => {
    dashboard.show();
    return dashboard.stats();
  });
  // A rating (tests, scripts), or { questionId, rating?, offer? } from an offer's notification, the CodeLens or the prompt tab.
  register(Command.FinishDrill, (arg?: unknown) => practice.finish(typeof arg === 'string' ? { rating: arg as Rating } : typeof arg === 'object' && arg !== null ? (arg as { questionId?: string; rating?: Rating; offer?: number }) : {}));
  register(Command.StartDueDrill, () => practice.startDue());
  register(Command.DailyPlan, () => practice.showDailyPlan());
  context.subscriptions.push(
    // A design doc or STAR answer ends with its review: offer to record it.
    deps.review.onDidReview(({ drill, review }) => {
      if (KINDS[drill.question.kind].runnable || review.error || mock.state) return;
      // Nothing written earned a point above the floor (an untouched template scores 1 everywhere):
      // there is no answer to record yet, so no offer, and an earlier one is withdrawn.
      if (!review.scores.some((x) => x.score > 1)) {
        if (deps.journal.get(drill.question.id).offer) void deps.journal.offer(drill.question.id, undefined);
        return;
      }
      const scores = review.scores.map((x) => x.score);
      const avg = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 0;
      void practice.offer(drill, `Reviewed: ${avg.toFixed(1)}/4 on average`);
    }),
    // A Submit that passes every case is the natural end of a coding drill: offer to record it; a later failing run withdraws the offer.
    deps.testing.onDidRun(({ drill, result, code }) => {
      if (mock.state) return;
      if (result.mode === 'submit' && result.verdict === 'accepted') void practice.offer(drill, `All ${result.cases.length} cases pass`, code);
      else if (result.verdict !== 'accepted' && deps.journal.get(drill.question.id).offer) void deps.journal.offer(drill.question.id, undefined);
    }),
  );
  register(Command.ExportHistory, async () => {
    const target = await vscode.window.showSaveDialog({ filters: { JSON: ['json'] }, defaultUri: vscode.Uri.file('interview-drills-history.json') });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, Buffer.from(store.history.export(), 'utf8'));
    void vscode.window.showInformationMessage(`Interview Drills: history exported to ${target.fsPath}.`);
  });
  register(Command.ImportHistory, async (given?: vscode.Uri) => {
    const [source] = given ? [given] : ((await vscode.window.showOpenDialog({ filters: { 'History (export or history.jsonl)': ['json', 'jsonl'] }, canSelectMany: false })) ?? []);
    if (!source) return undefined;
    let report: ImportReport;
    try {
      report = store.history.import(Buffer.from(await vscode.workspace.fs.readFile(source)).toString('utf8'));
    } catch (e) {
      void vscode.window.showErrorMessage(`Interview Drills: cannot import ${path.basename(source.fsPath)}: ${(e as Error).message}.`);
      return undefined;
    }
    store.refresh();
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
  });
  return { practice, mock };
}
