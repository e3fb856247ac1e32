import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { Measurement } from '../../core/judge';
import { pointTime } from '../../core/judge/complexity';
import { appendCustomCase, counterexampleCase, counterexampleSupport, DEFAULT_BUDGET_MS, failedGeneratedCase, readReference, SEARCH_MAX_N, type Counterexample } from '../../core/judge/counterexample';
import { KINDS } from '../../core/kinds';
import type { CaseInput, CaseResult, Language, Question, RunResult, TestCase } from '../../core/model';
import { codeOutsideComments } from '../../core/review/extract';
import { isLanguage, RUNTIMES } from '../../core/runtimes';
import type { Ask } from '../ask';
import { CUSTOM_TESTS, type ActiveDrill, type DrillSessions } from '../drills';
import { Command } from '../ids';
import type { DrillJournal, FinishOffer } from '../journal';
import { Disposable } from '../lifecycle';
import type { Services } from '../services';
import { counterexampleMessage, counterexampleText, failureMessage, messageLocation, noCounterexampleText, runSummary, SMALLEST_NAME } from './messages';

type SolutionArg = { language: Language; code: string; file?: string };

/** What the Test Explorer needs from the judge (the core Judge satisfies it). */
export interface JudgeLike {
  measure(question: Question, solution: SolutionArg, opts: { signal?: AbortSignal }): Promise<Measurement>;
  run(
    question: Question,
    solution: SolutionArg,
    opts: { mode: 'run' | 'submit'; extraCases?: TestCase[]; signal?: AbortSignal; onCase?: (r: CaseResult) => void; trusted: boolean; reveal?: ReadonlySet<string> },
  ): Promise<RunResult>;
  revealCase(question: Question, name: string, language: Language): Promise<{ input: CaseInput; expected?: unknown }>;
  findCounterexample(question: Question, solution: SolutionArg, reference: SolutionArg, opts: { signal?: AbortSignal; trusted?: boolean }): Promise<Counterexample | undefined>;
}

/** What a search for the smallest failing input ended with: the input, or why there is none (undefined: stopped). */
export type SmallestOutcome = { readonly found: Counterexample } | { readonly none: string; readonly reason?: string };

/** The smallest failing input of the shown drill (and solution file): a search under way, its last outcome, the input it found. */
export interface SmallestState {
  readonly searching: boolean;
  /** The last search's outcome (a search under way keeps the previous one until it ends). */
  readonly latest?: SmallestOutcome;
  /** The input found, as a case of the drill: shown in the Test Explorer and checked by Run until it is added as a custom case. */
  readonly found?: { readonly cx: Counterexample; readonly test: TestCase };
}

interface Smallest {
  readonly root: string;
  search?: { readonly abort: AbortController; readonly done: Promise<SmallestOutcome | undefined> };
  latest?: SmallestOutcome;
  found?: { readonly cx: Counterexample; readonly test: TestCase };
}

export interface TestingDeps {
  readonly sessions: DrillSessions;
  readonly judge: JudgeLike;
  readonly journal: DrillJournal;
  readonly ask: Ask;
}

/** What a run or measurement was made on: its file, and its code outside comments (computed once). */
interface RanOn {
  readonly solution: vscode.Uri;
  readonly code: string;
}

interface LastRun extends RanOn {
  readonly result: RunResult;
}

/**
 * The open drill's cases in VS Code's Test Explorer, with Run (visible + custom cases) and Submit
 * (all cases) profiles. A failed case's message carries its input, expected and actual answer and a
 * diff, and points at the solution's function line, where VS Code shows it inline; clicking a case
 * opens the solution there.
 */
export class DrillTesting extends Disposable {
  private readonly controller = this._register(vscode.tests.createTestController('interviewDrills', 'Interview Drills'));
  private readonly caseOf = new WeakMap<vscode.TestItem, TestCase>();
  private readonly status = this._register(vscode.window.createStatusBarItem('interviewDrills.tests', vscode.StatusBarAlignment.Left, 99));
  private readonly results = new Map<string, LastRun>();
  private readonly resultChanged = this._register(new vscode.EventEmitter<{ drill: ActiveDrill; result: RunResult; code: string }>());
  /** Fires after every finished run (and after a hidden case is revealed), with the drill it ran. */
  readonly onDidRun = this.resultChanged.event;
  private readonly measurements = new Map<string, RanOn & { readonly measurement: Measurement }>();
  /** The message last given to VS Code for each case (by case name), as the Test Explorer shows it. */
  private readonly sent = new Map<string, vscode.TestMessage>();
  private readonly states = new Map<string, 'passed' | 'failed' | 'errored' | 'skipped'>();
  private statusShown = false;
  /** Drills whose code changed after their last run: its results are shown as from before the edit. */
  private readonly outdated = new Set<string>();
  /** Drills whose finish offer was earned by other code than the solution's as it is now (see `offerWithheld`). */
  private readonly withheldOffers = new Set<string>();
  private readonly outdatedChanged = this._register(new vscode.EventEmitter<void>());
  /** Fires when a code edit makes a drill's last run or its finish offer outdated, or current again. */
  readonly onDidChangeOutdated = this.outdatedChanged.event;
  private shownRoot: string | undefined;
  /** One search at a time, for the shown drill only: a change of drill (or solution file) stops it. */
  private smallest: Smallest | undefined;
  private readonly smallestChanged = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeSmallest = this.smallestChanged.event;

  constructor(private readonly deps: TestingDeps) {
    super();
    this.status.name = 'Interview Drills Tests';
    this.controller.createRunProfile('Run', vscode.TestRunProfileKind.Run, async (req, token) => void (await this.runRequest('run', req, token)), true);
    this.controller.createRunProfile('Submit (all cases, incl. hidden)', vscode.TestRunProfileKind.Run, async (req, token) => void (await this.runRequest('submit', req, token)), false);
    this.controller.resolveHandler = async () => this.refresh();
    this.controller.refreshHandler = async () => this.refresh();
    // Another drill (or another language's file) shows its own results, never the previous one's.
    this._register(deps.sessions.onDidChange(() => void this.refresh().then(() => this.syncStatus())));
    this._register(vscode.window.onDidChangeActiveTextEditor(() => void this.refresh().then(() => this.syncStatus())));
    this._register(
      vscode.workspace.onDidSaveTextDocument((doc) => {
        const drill = this.drill();
        if (path.basename(doc.uri.fsPath) === CUSTOM_TESTS || (drill && doc.uri.toString() === drill.solution.toString())) void this.refresh();
      }),
    );
    this._register(vscode.workspace.onDidChangeTextDocument((e) => this.codeChanged(e.document)));
    this._register({ dispose: () => this.smallest?.search?.abort.abort() });
    void this.refresh();
  }

  /**
   * An edit to the code (not to the reasoning comments) since the last run: the Test Explorer marks
   * that run's results outdated, and the status bar says they are from before the edit.
   */
  private codeChanged(doc: vscode.TextDocument): void {
    const drill = this.drill();
    if (!drill || doc.uri.toString() !== drill.solution.toString()) return;
    const id = drill.question.id;
    const code = codeOutsideComments(doc.getText(), drill.language);
    const last = this.results.get(id);
    const outdated = last !== undefined && sameFile(last, drill) && last.code !== code;
    const runChanged = outdated !== this.outdated.has(id);
    if (runChanged) {
      if (outdated) {
        this.outdated.add(id);
        const root = this.controller.items.get(this.rootId(drill));
        if (root) this.controller.invalidateTestResults(root);
      } else this.outdated.delete(id);
      this.syncStatus();
    }
    const withheld = this.offerWithheld(id, { solution: doc.uri.toString(), code });
    const offerChanged = withheld !== this.withheldOffers.has(id);
    if (withheld) this.withheldOffers.add(id);
    else this.withheldOffers.delete(id);
    if (runChanged || offerChanged) this.outdatedChanged.fire();
  }

  /**
   * Whether the drill's finish offer was earned by other code than its solution's as it is now
   * (comments aside): the offer is then left out until the code is the one that earned it again.
   * This holds after a window reload too: the offer keeps a fingerprint of the code that passed.
   * `known`: a file's code outside comments already at hand (an edit's), used if it is the offer's.
   */
  offerWithheld(questionId: string, known?: { readonly solution: string; readonly code: string }): boolean {
    const offer = this.deps.journal.get(questionId).offer;
    if (!offer) return false;
    // An offer without one (a review's, or one kept from an earlier version) follows the last run.
    if (offer.code === undefined) return this.outdated.has(questionId);
    const code = known?.solution === offer.solution ? known.code : offeredCode(offer);
    return code === undefined || offer.code !== codeFingerprint(code);
  }

  /** The drill's last measurement of this file, and whether `text` is still the code it measured (comments aside). */
  measurementOf(drill: ActiveDrill, text: string): { readonly measurement: Measurement; readonly current: boolean } | undefined {
    const m = this.measurements.get(drill.question.id);
    return m && sameFile(m, drill) ? { measurement: m.measurement, current: m.code === codeOutsideComments(text, drill.language) } : undefined;
  }

  /**
   * Times the open drill's solution at growing n and compares the growth with the claimed
   * complexity. The result stays: a line above the function (CodeLens) and the timings in Test Results.
   */
  async measure(): Promise<Measurement | undefined> {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage('Interview Drills: measuring runs your solution, which needs a trusted workspace.');
      return undefined;
    }
    const drill = this.drill();
    if (!drill || !drill.question.scaling || !drill.question.function) {
      void vscode.window.showInformationMessage(drill ? `Interview Drills: "${drill.question.title}" has no input generator for a single function, so its complexity cannot be measured.` : 'Interview Drills: open a drill solution first.');
      return undefined;
    }
    const q = drill.question;
    const doc = await vscode.workspace.openTextDocument(drill.solution);
    const code = doc.getText();
    const m = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Measuring ${q.title}…`, cancellable: true }, async (_p, token) => {
      const abort = new AbortController();
      const sub = token.onCancellationRequested(() => abort.abort());
      try {
        return await this.deps.judge.measure(q, { language: drill.language, code, file: drill.solution.fsPath }, { signal: abort.signal });
      } catch (e) {
        void vscode.window.showErrorMessage(`Interview Drills: ${(e as Error).message}`);
        return undefined;
      } finally {
        sub.dispose();
      }
    });
    if (!m) return undefined;
    this.measurements.set(q.id, { measurement: m, code: codeOutsideComments(code, drill.language), solution: drill.solution });
    await this.deps.journal.measure(q.id, { ...(m.fit.cls ? { cls: m.fit.cls } : {}), ...(m.claimed ? { claimed: m.claimed } : {}), ...(m.agrees !== undefined ? { agrees: m.agrees } : {}), message: m.message, at: Date.now() });
    const run = this.controller.createTestRun(new vscode.TestRunRequest(), `${q.title}: Measure complexity`, true);
    run.appendOutput(`${measurementReport(q.title, m).join('\r\n')}\r\n`);
    run.end();
    const show = m.agrees === false ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    void show(`Interview Drills: ${m.message} (Kept above your function; the timings are in Test Results.)`, 'Show Timings').then((pick) => pick && vscode.commands.executeCommand('workbench.panel.testResults.view.focus'));
    return m;
  }

  lastResult(questionId: string): RunResult | undefined {
    return this.results.get(questionId)?.result;
  }

  /**
   * The drill's last run of this file, and whether `text` is still the code it ran (comments aside):
   * another language's file of the same drill has runs of its own.
   */
  runOf(drill: ActiveDrill, text: string): { readonly result: RunResult; readonly current: boolean } | undefined {
    const last = this.results.get(drill.question.id);
    return last && sameFile(last, drill) ? { result: last.result, current: last.code === codeOutsideComments(text, drill.language) } : undefined;
  }

  /**
   * The drill's last run, if it ran this file's code as it is now (comments aside), for recording
   * the attempt; `stale`, a run of code since edited, which says nothing about the answer.
   */
  async runOfAnswer(drill: ActiveDrill): Promise<{ readonly run?: RunResult; readonly stale?: RunResult }> {
    if (!KINDS[drill.question.kind].runnable) return {};
    const doc = await vscode.workspace.openTextDocument(drill.solution).then(
      (d) => d,
      () => undefined,
    );
    const last = doc ? this.runOf(drill, doc.getText()) : undefined;
    return !last ? {} : last.current ? { run: last.result } : { stale: last.result };
  }

  /** The status-bar summary of the open drill's last run, as shown (undefined when hidden). */
  get statusText(): string | undefined {
    return this.statusShown ? this.status.text : undefined;
  }

  /** What the Test Explorer was last told about a case of the current drill. */
  stateOf(caseName: string): 'passed' | 'failed' | 'errored' | 'skipped' | undefined {
    return this.states.get(caseName);
  }

  /** Shows the open drill's own last result in the status bar, or nothing. */
  private syncStatus(): void {
    const drill = this.drill();
    const last = drill ? this.results.get(drill.question.id) : undefined;
    if (!drill || !last || last.solution.toString() !== drill.solution.toString()) {
      this.status.hide();
      this.statusShown = false;
      return;
    }
    this.showSummary(drill, last.result);
  }

  private showSummary(drill: ActiveDrill, result: RunResult): void {
    // A solution that does not compile ran no case: the summary says so, and where, rather than "0/10 passed".
    const passed = result.verdict !== 'compile-error' && result.cases.every((c) => c.verdict === 'accepted');
    this.status.text = `${passed ? '$(pass)' : '$(error)'} ${runSummary(result)}`;
    const outdated = this.outdated.has(drill.question.id);
    if (outdated) this.status.text += ' · before your last edit';
    this.status.tooltip = `${drill.question.title}: ${result.mode === 'submit' ? 'Submit' : 'Run'} — ${result.verdict}${outdated ? '. Your code changed since: run the tests again.' : ''}`;
    this.status.command = 'workbench.view.testing.focus';
    this.status.show();
    this.statusShown = true;
  }

  /** The failure message the Test Explorer shows for a case of the current drill, if it failed. */
  messageFor(caseName: string): vscode.TestMessage | undefined {
    return this.sent.get(caseName);
  }

  /** Failing hidden cases of the drill's last run whose input has not been revealed. */
  hiddenFailures(questionId: string): string[] {
    return (this.lastResult(questionId)?.cases ?? []).filter((c) => c.hidden && c.verdict !== 'accepted' && !c.input).map((c) => c.name);
  }

  /** The Test Explorer tree as labels: the drill, then its cases (with where a click takes you). */
  tree(): { id: string; label: string; cases: { label: string; description?: string; file?: string; line?: number }[] }[] {
    const roots: { id: string; label: string; cases: { label: string; description?: string; file?: string; line?: number }[] }[] = [];
    this.controller.items.forEach((root) => {
      const cases: { label: string; description?: string; file?: string; line?: number }[] = [];
      root.children.forEach((c) => cases.push({ label: c.label, ...(c.description ? { description: c.description } : {}), ...(c.uri ? { file: c.uri.fsPath } : {}), ...(c.range ? { line: c.range.start.line + 1 } : {}) }));
      roots.push({ id: root.id, label: root.label, cases });
    });
    return roots;
  }

  private drill(): ActiveDrill | undefined {
    return this.deps.sessions.testTarget(vscode.window.activeTextEditor);
  }

  /** The 1-based line of the solution's entry point (its function or class), or 1. */
  private entryLine(drill: ActiveDrill, doc: vscode.TextDocument): number {
    return RUNTIMES[drill.language].entryLine(doc.getText(), drill.question) ?? 1;
  }

  /** Items are per solution file: results of solution.js never show beside solution.py. */
  private rootId(drill: ActiveDrill): string {
    return `${drill.question.id}:${path.basename(drill.solution.fsPath)}`;
  }

  /** Rebuilds the tree for the current drill: one root with its cases, each pointing at the function line. */
  async refresh(): Promise<void> {
    const drill = this.drill();
    const rootId = drill ? this.rootId(drill) : undefined;
    if (rootId !== this.shownRoot) {
      // What we reported belongs to the previous drill or file.
      this.sent.clear();
      this.states.clear();
      this.shownRoot = rootId;
      this.dropSmallest();
    }
    if (!drill) {
      this.controller.items.replace([]);
      return;
    }
    const q = drill.question;
    const doc = await vscode.workspace.openTextDocument(drill.solution).then(undefined, () => undefined);
    const line = doc ? this.entryLine(drill, doc) - 1 : 0;
    const range = new vscode.Range(line, 0, line, 0);
    const root = this.controller.createTestItem(this.rootId(drill), q.title, drill.solution);
    root.range = range;
    root.description = `${q.tests.filter((t) => !t.hidden).length} visible, ${q.tests.filter((t) => t.hidden).length} hidden`;
    const custom = await this.customCases(drill);
    const children: vscode.TestItem[] = [];
    const shown = this.smallest;
    const found = shown && shown.root === rootId ? shown.found : undefined;
    for (const [i, t] of [...q.tests, ...custom, ...(found ? [found.test] : [])].entries()) {
      const item = this.controller.createTestItem(`${root.id}/${i}/${t.name}`, t.name, drill.solution);
      item.range = range;
      item.description = t.hidden ? 'hidden: runs on Submit' : t.name.startsWith('custom:') ? 'yours' : t === found?.test ? 'found by search: Run checks it' : undefined;
      item.sortText = String(i).padStart(4, '0');
      this.caseOf.set(item, t);
      children.push(item);
    }
    root.children.replace(children);
    this.controller.items.replace([root]);
  }

  private async customCases(drill: ActiveDrill): Promise<TestCase[]> {
    const uri = vscode.Uri.joinPath(drill.folder, CUSTOM_TESTS);
    try {
      const text = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
      const { parseCustomTests } = await import('../../core/questions/loader');
      return parseCustomTests(text, uri.fsPath, drill.question).tests;
    } catch {
      return [];
    }
  }

  /** Runs the open drill from a command or CodeLens; resolves with the result. */
  async runDrill(mode: 'run' | 'submit'): Promise<RunResult | undefined> {
    const cts = new vscode.CancellationTokenSource();
    try {
      return await this.runRequest(mode, new vscode.TestRunRequest(), cts.token);
    } finally {
      cts.dispose();
    }
  }

  private async runRequest(mode: 'run' | 'submit', request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<RunResult | undefined> {
    if (!vscode.workspace.isTrusted) {
      void vscode.window
        .showWarningMessage('Interview Drills runs your solution as a program on this machine, so running tests needs a trusted workspace. Reading prompts and the timer work without trust.', 'Manage Workspace Trust')
        .then((pick) => pick && vscode.commands.executeCommand('workbench.trust.manage'));
      return undefined;
    }
    await this.refresh();
    const drill = this.drill();
    const root = drill ? this.controller.items.get(this.rootId(drill)) : undefined;
    if (!drill || !root) {
      void vscode.window.showInformationMessage('Interview Drills: open a coding or SQL drill\'s solution file to run its tests.');
      return undefined;
    }
    const doc = await vscode.workspace.openTextDocument(drill.solution);
    const all: vscode.TestItem[] = [];
    root.children.forEach((c) => all.push(c));
    const wanted = new Set<vscode.TestItem>();
    const include = request.include && request.include.length > 0 && !request.include.includes(root) ? request.include : all;
    for (const item of include) if (!request.exclude?.includes(item)) wanted.add(item);
    const selected = all.filter((i) => wanted.has(i) && (mode === 'submit' || !this.caseOf.get(i)?.hidden));
    // Hidden cases a Run leaves out are reported too, so an earlier Submit's green never stands beside this code.
    const leftOut = all.filter((i) => wanted.has(i) && !selected.includes(i));
    const run = this.controller.createTestRun(request, `${drill.question.title}: ${mode === 'submit' ? 'Submit' : 'Run'}`, true);
    for (const item of [...selected, ...leftOut]) run.enqueued(item);
    const byName = new Map(selected.map((i) => [this.caseOf.get(i)?.name ?? '', i]));
    const abort = new AbortController();
    const sub = token.onCancellationRequested(() => abort.abort());
    const question = { ...drill.question, tests: drill.question.tests.filter((t) => byName.has(t.name)) };
    // The person's own cases and a smallest failing input found by a search.
    const own = new Set(drill.question.tests);
    const extra = selected.map((i) => this.caseOf.get(i)).filter((t): t is TestCase => t !== undefined && !own.has(t));
    // "Nothing found" was about the code as it was.
    if (this.smallest?.latest && 'none' in this.smallest.latest && !this.smallest.search) {
      delete this.smallest.latest;
      this.smallestChanged.fire();
    }
    this.status.text = '$(sync~spin) Running tests…';
    this.status.show();
    this.statusShown = true;
    const entry = this.entryLine(drill, doc);
    const code = doc.getText();
    const reported = new WeakSet<CaseResult>();
    const report = (r: CaseResult): void => {
      const item = byName.get(r.name);
      if (!item || reported.has(r)) return;
      reported.add(r);
      this.report(run, item, drill, doc, entry, r);
    };
    let result: RunResult | undefined;
    try {
      for (const item of selected) run.started(item);
      result = await this.deps.judge.run(question, { language: drill.language, code, file: drill.solution.fsPath }, {
        mode: 'submit',
        extraCases: extra,
        signal: abort.signal,
        trusted: drill.question.source !== 'workspace',
        reveal: new Set(this.deps.journal.get(drill.question.id).revealed),
        onCase: report,
      });
      for (const r of result.cases) report(r);
      const compileError = result.cases.find((c) => c.verdict === 'compile-error');
      for (const item of leftOut) {
        const name = this.caseOf.get(item)?.name ?? item.label;
        if (compileError) {
          this.report(run, item, drill, doc, entry, { ...compileError, name, hidden: true, expected: undefined, actual: undefined, stdout: '', stderr: '' });
        } else {
          this.states.set(name, 'skipped');
          run.skipped(item);
        }
      }
      const done = { ...result, mode };
      this.outdated.delete(drill.question.id);
      this.showSummary(drill, done);
      const ran = codeOutsideComments(code, drill.language);
      this.results.set(drill.question.id, { result: done, solution: drill.solution, code: ran });
      this.resultChanged.fire({ drill, result: done, code: codeFingerprint(ran) });
      for (const w of result.warnings ?? []) void vscode.window.showWarningMessage(`Interview Drills: ${w}`);
      // A generated case failed: look for a small input that shows the same bug, unless one found
      // before (still the search's item, or kept as a custom case) fails too.
      const stillShown = result.cases.some((c) => (c.name === SMALLEST_NAME || c.name.startsWith(`custom: ${SMALLEST_NAME}`)) && c.verdict !== 'accepted');
      if (!stillShown && failedGeneratedCase(drill.question, result.cases)) void this.findSmallest();
    } catch (e) {
      const message = (e as Error).message;
      for (const item of selected) run.errored(item, new vscode.TestMessage(message));
      this.status.text = '$(error) Tests could not run';
      void vscode.window.showErrorMessage(`Interview Drills: ${message}`);
    } finally {
      sub.dispose();
      run.end();
    }
    return result ? { ...result, mode } : undefined;
  }

  private report(run: vscode.TestRun, item: vscode.TestItem, drill: ActiveDrill, doc: vscode.TextDocument, entry: number, r: CaseResult): void {
    if (r.stdout) run.appendOutput(`[${r.name}] stdout:\r\n${r.stdout.replace(/\r?\n/g, '\r\n')}\r\n`, undefined, item);
    if (r.stderr) run.appendOutput(`[${r.name}] stderr:\r\n${r.stderr.replace(/\r?\n/g, '\r\n')}\r\n`, undefined, item);
    if (r.verdict === 'accepted') {
      this.sent.delete(r.name);
      this.states.set(r.name, 'passed');
      run.passed(item, r.timeMs);
      return;
    }
    const message = failureMessage(drill.question, this.caseOf.get(item), drill.language, r, messageLocation(doc, entry, r));
    this.sent.set(r.name, message);
    this.states.set(r.name, r.verdict === 'wrong-answer' ? 'failed' : 'errored');
    if (r.verdict === 'wrong-answer') run.failed(item, message, r.timeMs);
    else run.errored(item, message, r.timeMs);
  }

  /** The smallest failing input of a drill's solution file, when it is the one shown. */
  smallestState(drill: ActiveDrill): SmallestState | undefined {
    const s = this.smallest;
    if (!s || s.root !== this.rootId(drill)) return undefined;
    return { searching: s.search !== undefined, ...(s.latest ? { latest: s.latest } : {}), ...(s.found ? { found: s.found } : {}) };
  }

  /** Whether the drill's last run failed a generated case in a way a small input can show. */
  failedGenerated(questionId: string): boolean {
    const q = this.drill()?.question;
    if (!q || q.id !== questionId) return false;
    return failedGeneratedCase(q, this.lastResult(questionId)?.cases ?? []);
  }

  /** The search in progress is stopped and what it found is forgotten: it belonged to another drill or file. */
  private dropSmallest(): void {
    if (!this.smallest) return;
    this.smallest.search?.abort.abort();
    this.smallest = undefined;
    this.smallestChanged.fire();
  }

  /**
   * Searches small inputs from the drill's generator on which the open solution and the reference
   * disagree, and shrinks the first one found (within 10 s; cancellable from its notification). One
   * search at a time: asking again while one runs waits for it. Found: a "smallest failing input"
   * item in the Test Explorer, failed with the input, the reference's answer and the solution's, on
   * the function line. Not found (or the drill cannot be searched): why, in Test Results and above
   * the function. Undefined when it was stopped (cancelled, another drill opened).
   */
  async findSmallest(): Promise<SmallestOutcome | undefined> {
    if (!vscode.workspace.isTrusted) {
      void vscode.window.showWarningMessage('Interview Drills: the search runs your solution, which needs a trusted workspace.');
      return undefined;
    }
    // The tree follows the drill first (a change of drill stops searches); the search starts at once otherwise.
    const before = this.drill();
    if (before && this.rootId(before) !== this.shownRoot) await this.refresh();
    const drill = this.drill();
    if (!drill) {
      void vscode.window.showInformationMessage('Interview Drills: open a coding drill\'s solution file to search for its smallest failing input.');
      return undefined;
    }
    const root = this.rootId(drill);
    if (this.smallest?.root !== root) this.dropSmallest();
    const s: Smallest = this.smallest ?? { root };
    this.smallest = s;
    if (s.search) return s.search.done;
    const abort = new AbortController();
    const done = this.search(drill, abort).then(
      (outcome) => this.settle(drill, s, outcome),
      (e: unknown) => this.settle(drill, s, { none: '', reason: (e as Error).message }),
    ).catch((e: unknown) => {
      void vscode.window.showErrorMessage(`Interview Drills: ${(e as Error).message}`);
      return undefined;
    });
    s.search = { abort, done };
    this.smallestChanged.fire();
    return done;
  }

  private async search(drill: ActiveDrill, abort: AbortController): Promise<SmallestOutcome | undefined> {
    const q = drill.question;
    const supported = counterexampleSupport(q);
    if (supported !== true) return { none: '', reason: supported };
    const reference = await readReference(q, drill.language);
    if (!reference) return { none: '', reason: `"${q.id}" has no reference solution to compare with` };
    const doc = await vscode.workspace.openTextDocument(drill.solution);
    const solution = { language: drill.language, code: doc.getText(), file: drill.solution.fsPath };
    const title = `Searching for the smallest input on which your solution fails (up to ${DEFAULT_BUDGET_MS / 1000} s)…`;
    const cx = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (_p, token) => {
      const sub = token.onCancellationRequested(() => abort.abort());
      try {
        return await this.deps.judge.findCounterexample(q, solution, reference, { signal: abort.signal, trusted: q.source !== 'workspace' });
      } finally {
        sub.dispose();
      }
    });
    if (abort.signal.aborted) return undefined;
    return cx ? { found: cx } : { none: '' };
  }

  /** Shows a search's outcome, if the drill it searched is still the one shown. */
  private async settle(drill: ActiveDrill, s: Smallest, outcome: SmallestOutcome | undefined): Promise<SmallestOutcome | undefined> {
    delete s.search;
    const current = this.smallest === s;
    if (!outcome || !current) {
      if (current) this.smallestChanged.fire();
      return outcome;
    }
    const q = drill.question;
    const run = this.controller.createTestRun(new vscode.TestRunRequest(), `${q.title}: smallest failing input`, true);
    try {
      if ('none' in outcome) {
        const text = noCounterexampleText(q.title, outcome.reason, SEARCH_MAX_N);
        s.latest = { none: text, ...(outcome.reason ? { reason: outcome.reason } : {}) };
        run.appendOutput(`${text}\r\n`);
        void vscode.window.showInformationMessage(`Interview Drills: ${text} (Kept in Test Results and above your function.)`, 'Show in Test Results').then((pick) => pick && vscode.commands.executeCommand('workbench.panel.testResults.view.focus'));
        return s.latest;
      }
      const cx = outcome.found;
      s.latest = outcome;
      s.found = { cx, test: counterexampleCase(cx, SMALLEST_NAME) };
      await this.refresh();
      let item: vscode.TestItem | undefined;
      this.controller.items.get(this.rootId(drill))?.children.forEach((c) => {
        if (this.caseOf.get(c) === s.found?.test) item = c;
      });
      const doc = await vscode.workspace.openTextDocument(drill.solution);
      const text = counterexampleText(q, drill.language, cx);
      const message = counterexampleMessage(text, cx, messageLocation(doc, this.entryLine(drill, doc), cx));
      run.appendOutput(`${text.replace(/\n/g, '\r\n')}\r\n`, undefined, item);
      if (item) {
        run.enqueued(item);
        this.sent.set(SMALLEST_NAME, message);
        this.states.set(SMALLEST_NAME, cx.verdict === 'wrong-answer' ? 'failed' : 'errored');
        if (cx.verdict === 'wrong-answer') run.failed(item, message);
        else run.errored(item, message);
      }
      void vscode.window.showWarningMessage(`Interview Drills: ${text.split('\n')[0] ?? ''}`, 'Add as Custom Case', 'Show in Test Results').then((pick) => {
        if (pick === 'Add as Custom Case') void vscode.commands.executeCommand(Command.AddSmallestFailingInput);
        else if (pick) void vscode.commands.executeCommand('workbench.panel.testResults.view.focus');
      });
      return outcome;
    } finally {
      run.end();
      this.smallestChanged.fire();
    }
  }

  /**
   * Appends the smallest failing input found to custom-tests.yaml beside the solution (a new file
   * when there is none), keeping the person's cases; Run checks it from then on. A file with unsaved
   * changes, or one that does not read as a list of cases, is left as it is, with why.
   */
  async addSmallest(): Promise<{ name: string; file: vscode.Uri } | undefined> {
    const drill = this.drill();
    const s = drill ? this.smallest : undefined;
    const found = drill && s && s.root === this.rootId(drill) ? s.found : undefined;
    if (!drill || !s || !found) {
      void vscode.window.showInformationMessage('Interview Drills: no smallest failing input to add. Run "Interview Drills: Find Smallest Failing Input" first.');
      return undefined;
    }
    const uri = vscode.Uri.joinPath(drill.folder, CUSTOM_TESTS);
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty)) {
      void vscode.window.showWarningMessage(`Interview Drills: ${CUSTOM_TESTS} has unsaved changes. Save it, then add the case again (nothing was changed).`);
      return undefined;
    }
    let existing: string | undefined;
    try {
      existing = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
    } catch (e) {
      if (!(e instanceof vscode.FileSystemError && e.code === 'FileNotFound')) {
        void vscode.window.showErrorMessage(`Interview Drills: cannot read ${CUSTOM_TESTS}: ${(e as Error).message}`);
        return undefined;
      }
    }
    const added = await appendCustomCase(existing, found.cx);
    if ('problem' in added) {
      void vscode.window.showErrorMessage(`Interview Drills: ${CUSTOM_TESTS} was left as it is: ${added.problem}.`);
      return undefined;
    }
    await vscode.workspace.fs.writeFile(uri, Buffer.from(added.text, 'utf8'));
    // It is the person's case now: one item, not two.
    delete s.found;
    this.sent.delete(SMALLEST_NAME);
    this.states.delete(SMALLEST_NAME);
    await this.refresh();
    this.smallestChanged.fire();
    void vscode.window.showInformationMessage(`Interview Drills: added "${added.name}" to ${CUSTOM_TESTS} beside your solution; Run checks it now.`, `Open ${CUSTOM_TESTS}`).then((pick) => pick && vscode.window.showTextDocument(uri, { preview: false, viewColumn: vscode.ViewColumn.Beside }));
    return { name: `custom: ${added.name}`, file: uri };
  }

  /**
   * Shows a failing hidden case's input and expected answer: recorded in the drill's journal (and so
   * in the attempt), then reported again in the Test Explorer with everything in sight.
   */
  async reveal(caseName?: string): Promise<{ name: string; input: CaseInput; expected?: unknown } | undefined> {
    const drill = this.drill();
    const last = drill ? this.results.get(drill.question.id) : undefined;
    const failing = drill ? this.hiddenFailures(drill.question.id) : [];
    if (!drill || !last || failing.length === 0) {
      void vscode.window.showInformationMessage('Interview Drills: no hidden case failed in your last Submit, so there is nothing to reveal.');
      return undefined;
    }
    const name = caseName && failing.includes(caseName) ? caseName : failing.length === 1 ? failing[0] : await this.deps.ask.choose('Which hidden case?', failing.map((n) => ({ label: n, value: n })));
    if (!name) return undefined;
    const confirmed = await this.deps.ask.choose(`Reveal the input of "${name}"?`, [
      { label: 'Reveal', description: 'recorded with this attempt; the rating suggested is Hard at best', value: true },
      { label: 'Keep it hidden', value: false },
    ]);
    if (!confirmed) return undefined;
    await this.deps.journal.reveal(drill.question.id, name);
    const { input, expected } = await this.deps.judge.revealCase(drill.question, name, drill.language);
    const cases = last.result.cases.map((c) => (c.name === name ? { ...c, input, ...(expected !== undefined ? { expected } : {}) } : c));
    const result = { ...last.result, cases };
    this.results.set(drill.question.id, { ...last, result });
    await this.refresh();
    const root = this.controller.items.get(this.rootId(drill));
    let item: vscode.TestItem | undefined;
    root?.children.forEach((c) => {
      if (this.caseOf.get(c)?.name === name) item = c;
    });
    const r = cases.find((c) => c.name === name);
    if (item && r && last.solution.toString() === drill.solution.toString()) {
      const doc = await vscode.workspace.openTextDocument(drill.solution);
      const run = this.controller.createTestRun(new vscode.TestRunRequest([item]), `${drill.question.title}: ${name} revealed`, false);
      this.report(run, item, drill, doc, this.entryLine(drill, doc), r);
      run.end();
    }
    this.resultChanged.fire({ drill, result, code: codeFingerprint(last.code) });
    return { name, input, ...(expected !== undefined ? { expected } : {}) };
  }
}

function sameFile(ran: RanOn, drill: ActiveDrill): boolean {
  return ran.solution.toString() === drill.solution.toString();
}

/** A short fingerprint of code outside comments, kept with a finish offer to tell whether the code is still the one that earned it. */
export function codeFingerprint(code: string): string {
  return createHash('sha256').update(code).digest('base64url').slice(0, 22);
}

/** The code outside comments of the file an offer names: the open document's, else the file's on disk. */
function offeredCode(offer: FinishOffer): string | undefined {
  if (!isLanguage(offer.language)) return undefined;
  let text = vscode.workspace.textDocuments.find((d) => d.uri.toString() === offer.solution)?.getText();
  if (text === undefined) {
    try {
      text = fs.readFileSync(vscode.Uri.parse(offer.solution).fsPath, 'utf8');
    } catch {
      return undefined;
    }
  }
  return codeOutsideComments(text, offer.language);
}

/** A measurement as the lines of a report: the verdict, then the best time at each n. */
export function measurementReport(title: string, m: Measurement): string[] {
  return [`${title}: measured ${m.fit.cls ?? 'no clear growth class'}${m.claimed ? ` (you claimed ${m.claimed})` : ''}`, ...m.points.map((p) => `  n=${String(p.n).padStart(8)}  ${pointTime(p).padStart(10)} ms${p.calls ? ` a call (${p.calls} timed together)` : ''}`), `  ${m.message}`];
}

/** The Test Explorer, Run / Submit, revealing a hidden case, and Measure Complexity. */
export function registerTesting(context: vscode.ExtensionContext, services: Pick<Services, 'commands' | 'sessions' | 'judge' | 'journal' | 'ask' | 'prompts'>): DrillTesting {
  const testing = new DrillTesting(services);
  context.subscriptions.push(testing);
  // The prompt tab's Finish and rate button follows the lens: not for a pass of code since changed.
  services.prompts.withholdOfferWhen((id) => testing.offerWithheld(id), testing.onDidChangeOutdated);
  services.commands.register(Command.MeasureComplexity, () => testing.measure());
  services.commands.register(Command.RunTests, () => testing.runDrill('run'));
  // From the palette, the CodeLens or a generated case's message in the Test Explorer.
  services.commands.register(Command.FindSmallestFailingInput, () => testing.findSmallest());
  services.commands.register(Command.AddSmallestFailingInput, () => testing.addSmallest());
  services.commands.register(Command.Submit, () => testing.runDrill('submit'));
  // From the palette, the CodeLens (a case name) or a hidden case's message in the Test Explorer ({ test }).
  services.commands.register(Command.RevealHiddenCase, (arg?: unknown) => {
    const test = typeof arg === 'object' && arg !== null ? (arg as { test?: vscode.TestItem }).test : undefined;
    return testing.reveal(typeof arg === 'string' ? arg : test?.label);
  });
  return testing;
}
