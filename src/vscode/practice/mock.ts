import * as vscode from 'vscode';
import { HISTORY_VERSION, type MockRecord } from '../../core/practice/history';
import { LOCKDOWN, MOCK_FORMATS, planMock, restoreWrites, snapshot, type LockdownJournal } from '../../core/practice/mock';
import type { Question } from '../../core/model';
import type { DrillOpener, DrillSessions } from '../drills';
import type { QuestionService } from '../questions';
import type { ReviewComments } from '../review';
import type { DrillTesting } from '../testing';
import type { DrillTimer } from '../timer';
import type { PracticeStore } from './store';

const JOURNAL_KEY = 'lockdown.journal';
const MOCK_KEY = 'mock.state';

/**
 * Turns off completions and suggestions for a mock interview and puts every setting back exactly
 * as it was: the previous values are journaled first, so a crash or reload restores them too.
 */
export class Lockdown {
  constructor(private readonly memento: vscode.Memento) {}

  get active(): boolean {
    return this.memento.get(JOURNAL_KEY) !== undefined;
  }

  async apply(): Promise<void> {
    if (this.active) return;
    const target = vscode.workspace.workspaceFolders?.length ? 'workspace' : 'global';
    const config = vscode.workspace.getConfiguration();
    const journal = snapshot((key) => {
      const i = config.inspect(key);
      return target === 'workspace' ? i?.workspaceValue : i?.globalValue;
    }, target);
    await this.memento.update(JOURNAL_KEY, journal);
    for (const { key, value } of LOCKDOWN) {
      try {
        await config.update(key, value, target === 'workspace' ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
      } catch {
        // A setting no installed extension registers cannot be written; it has nothing to turn off.
      }
    }
  }

  async restore(): Promise<void> {
    const journal = this.memento.get<LockdownJournal>(JOURNAL_KEY);
    if (!journal) return;
    const config = vscode.workspace.getConfiguration();
    const target = journal.target === 'workspace' ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    for (const { key, value } of restoreWrites(journal)) {
      try {
        await config.update(key, value, target);
      } catch {
        // see apply()
      }
    }
    await this.memento.update(JOURNAL_KEY, undefined);
  }
}

interface MockState {
  readonly format: string;
  readonly title: string;
  readonly minutes: number;
  readonly questionIds: readonly string[];
  readonly index: number;
  readonly startedAt: number;
  readonly drillStartedAt: number;
  readonly drills: MockRecord['drills'];
}

export interface MockDeps {
  readonly memento: vscode.Memento;
  readonly questions: QuestionService;
  readonly sessions: DrillSessions;
  readonly opener: DrillOpener;
  readonly timer: DrillTimer;
  readonly testing: DrillTesting;
  readonly review: ReviewComments;
  readonly practice: PracticeStore;
  readonly random?: () => number;
}

/** A mock interview: drills strung together under one strict timer, with lockdown, and a report. */
export class MockInterview {
  readonly lockdown: Lockdown;

  constructor(private readonly deps: MockDeps) {
    this.lockdown = new Lockdown(deps.memento);
  }

  get state(): MockState | undefined {
    return this.deps.memento.get<MockState>(MOCK_KEY);
  }

  /** On activation: a journal without a running mock means a crash or reload mid-lockdown. */
  async recover(): Promise<void> {
    if (this.lockdown.active && !this.state) await this.lockdown.restore();
  }

  async start(formatId?: string): Promise<MockState | undefined> {
    if (this.state) {
      void vscode.window.showInformationMessage('Interview Drills: a mock interview is already running. Finish it first.');
      return this.state;
    }
    // A drill in progress is recorded or left on purpose before the mock takes over.
    if (!(await this.deps.opener.leaveCurrent())) return undefined;
    const format = formatId ? MOCK_FORMATS.find((f) => f.id === formatId) : (await vscode.window.showQuickPick(MOCK_FORMATS.map((f) => ({ label: f.title, description: `${f.minutes} min`, format: f })), { title: 'Start Mock Interview' }))?.format;
    if (!format) return undefined;
    const plan = planMock(format, this.deps.questions.bank.all(), this.deps.random ?? Math.random);
    if (!plan) {
      void vscode.window.showWarningMessage(`Interview Drills: not enough drills in the bank for "${format.title}".`);
      return undefined;
    }
    await this.lockdown.apply();
    const now = Date.now();
    const state: MockState = { format: format.id, title: format.title, minutes: format.minutes, questionIds: plan.map((q) => q.id), index: 0, startedAt: now, drillStartedAt: now, drills: [] };
    await this.deps.memento.update(MOCK_KEY, state);
    // One timer over several drills of different kinds: no phase marks.
    this.deps.timer.start({ id: `mock:${format.id}`, title: `Mock: ${format.title}`, minutes: format.minutes, phases: [] }, true);
    await this.deps.opener.start(plan[0]!, { keepTimer: true });
    void vscode.window.showInformationMessage(`Interview Drills: mock interview started — ${plan.length} drill(s), ${format.minutes} minutes, suggestions off. Use "Next Mock Drill" to move on.`);
    return state;
  }

  /** The drill's line in the report: its tests as they last ran on the code as it is now (a run of code since edited does not count). */
  private async summary(q: Question, startedAt: number): Promise<MockRecord['drills'][number]> {
    const drill = this.deps.sessions.current();
    const { run } = drill?.question.id === q.id ? await this.deps.testing.runOfAnswer(drill) : {};
    const review = this.deps.review.lastReview(q.id);
    return {
      questionId: q.id,
      title: q.title,
      ms: Date.now() - startedAt,
      ...(run ? { verdict: run.verdict, passed: run.cases.filter((c) => c.verdict === 'accepted').length, total: run.cases.length } : {}),
      ...(review ? { reviewScores: Object.fromEntries(review.scores.map((s) => [s.dimension, s.score])) } : {}),
    };
  }

  async next(): Promise<MockState | undefined> {
    const s = this.state;
    if (!s) return undefined;
    const q = this.deps.questions.bank.byId(s.questionIds[s.index] ?? '');
    const drills = q ? [...s.drills, await this.summary(q, s.drillStartedAt)] : s.drills;
    if (s.index + 1 >= s.questionIds.length) {
      await this.deps.memento.update(MOCK_KEY, { ...s, drills });
      await this.finish();
      return undefined;
    }
    const nextState: MockState = { ...s, index: s.index + 1, drills, drillStartedAt: Date.now() };
    await this.deps.memento.update(MOCK_KEY, nextState);
    const nextQ = this.deps.questions.bank.byId(nextState.questionIds[nextState.index]!);
    if (nextQ) await this.deps.opener.start(nextQ, { keepTimer: true });
    return nextState;
  }

  async finish(): Promise<MockRecord | undefined> {
    const s = this.state;
    if (!s) return undefined;
    let drills = s.drills;
    if (drills.length <= s.index) {
      const q = this.deps.questions.bank.byId(s.questionIds[s.index] ?? '');
      if (q) drills = [...drills, await this.summary(q, s.drillStartedAt)];
    }
    const record: MockRecord = { v: HISTORY_VERSION, type: 'mock', id: this.deps.practice.history.newId(), format: s.format, title: s.title, minutes: s.minutes, startedAt: s.startedAt, endedAt: Date.now(), drills };
    this.deps.practice.history.append(record);
    await this.deps.memento.update(MOCK_KEY, undefined);
    await this.lockdown.restore();
    this.deps.timer.stop();
    await this.showReport(record);
    return record;
  }

  async showReport(record?: MockRecord): Promise<void> {
    const r = record ?? this.deps.practice.history.read().records.filter((x): x is MockRecord => x.type === 'mock').pop();
    if (!r) {
      void vscode.window.showInformationMessage('Interview Drills: no mock interview yet.');
      return;
    }
    // A read-only document of its own: the report is kept in the history already, so closing it
    // must not ask to save an Untitled file.
    const uri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${encodeURIComponent(r.id)}/Mock interview report.md` });
    await vscode.window.showTextDocument(uri, { preview: true, viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri).then(undefined, () => undefined);
  }

  /** The report a `REPORT_SCHEME` document shows: the mock with that id in the history. */
  reportText(uri: vscode.Uri): string {
    const id = decodeURIComponent(uri.path.split('/')[1] ?? '');
    const r = this.deps.practice.history.read().records.find((x): x is MockRecord => x.type === 'mock' && x.id === id);
    return r ? mockReport(r) : '# Mock interview report\n\nThis report is no longer in the history.\n';
  }
}

export const REPORT_SCHEME = 'interview-drills-report';

export function mockReport(r: MockRecord): string {
  const used = Math.round((r.endedAt - r.startedAt) / 60_000);
  return [
    `# Mock interview report: ${r.title}`,
    '',
    `${new Date(r.startedAt).toLocaleString()} · ${used} of ${r.minutes} minutes${used > r.minutes ? ' (overtime)' : ''}`,
    '',
    '| # | Drill | Time | Tests | Review (avg of 4) |',
    '|---|---|---|---|---|',
    ...r.drills.map((d, i) => {
      const scores = Object.values(d.reviewScores ?? {});
      const avg = scores.length ? (scores.reduce((x, y) => x + y, 0) / scores.length).toFixed(1) : '–';
      return `| ${i + 1} | ${d.title.replace(/\|/g, '/')} | ${Math.round(d.ms / 60_000)} min | ${d.total ? `${d.passed}/${d.total} (${d.verdict})` : '–'} | ${avg} |`;
    }),
    '',
    'A real loop ends with "Do you have any questions for me?": run **Interview Drills: Questions to Ask Your Interviewer** and prepare three to five.',
    '',
  ].join('\n');
}
