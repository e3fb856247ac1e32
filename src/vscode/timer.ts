import * as vscode from 'vscode';
import { assertNever } from '../core/model';
import {
  formatClock,
  pauseTimer,
  phasesOf,
  resetTimer,
  restoreTimer,
  resumeTimer,
  startTimer,
  viewTimer,
  type TimerState,
} from '../core/timer';
import { KINDS, type PhaseSpec } from '../core/kinds';
import type { Question } from '../core/model';
import { Command, Context, View } from './ids';
import { Disposable } from './lifecycle';
import type { Services } from './services';
import { webviewHtml, webviewOptions } from './webviewHtml';
import type { FromTimer, TimerRender, ToTimer } from './webviewProtocol';

const STATE_KEY = 'timer.state';

/**
 * The drill countdown: state lives here (persisted in global state, so it survives the view being
 * hidden and a window reload); the webview and the status-bar item only render it.
 */
export class DrillTimer extends Disposable implements vscode.WebviewViewProvider {
  private state: TimerState | undefined;
  private view: vscode.WebviewView | undefined;
  private viewReady = false;
  private readonly status = this._register(vscode.window.createStatusBarItem('interviewDrills.timer', vscode.StatusBarAlignment.Left, 100));
  private tick: NodeJS.Timeout | undefined;
  private warned: 'none' | 'five-minutes' | 'time-up' = 'none';
  private readonly changed = this._register(new vscode.EventEmitter<TimerState | undefined>());
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly memento: vscode.Memento,
    private readonly now: () => number = Date.now,
  ) {
    super();
    this.status.name = 'Interview Drills Timer';
    this.state = restoreTimer(memento.get(STATE_KEY));
    if (this.state) this.warned = viewTimer(this.state, this.now()).warning;
    this._register({ dispose: () => this.tick && clearInterval(this.tick) });
    this.refreshAll();
  }

  get current(): TimerState | undefined {
    return this.state;
  }

  /** Starts (or restarts) the countdown for a drill, with its kind's phase marks. */
  start(drill: TimedDrill, honest: boolean): void {
    this.warned = 'none';
    this.set(startTimer(drill.id, drill.title, drill.minutes, honest, this.now(), drill.phases));
  }

  /** Keeps a running timer when the same drill is reopened. */
  ensure(drill: TimedDrill, honest: boolean): void {
    if (this.state?.questionId === drill.id) return;
    this.start(drill, honest);
  }

  pause(): void {
    if (this.state) this.set(pauseTimer(this.state, this.now()));
  }

  resume(): void {
    if (this.state) this.set(resumeTimer(this.state, this.now()));
  }

  reset(): void {
    if (this.state) {
      this.warned = 'none';
      this.set(resetTimer(this.state, this.now()));
    }
  }

  stop(): void {
    this.set(undefined);
  }

  private set(next: TimerState | undefined): void {
    this.state = next;
    void this.memento.update(STATE_KEY, next);
    this.changed.fire(next);
    this.refreshAll();
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    this.viewReady = false;
    view.webview.options = webviewOptions(this.extensionUri);
    view.webview.html = webviewHtml(view.webview, this.extensionUri, 'timer', 'Timer');
    const subs = [
      view.webview.onDidReceiveMessage((msg: FromTimer) => this.onMessage(msg)),
      view.onDidChangeVisibility(() => this.post()),
      view.onDidDispose(() => {
        this.view = undefined;
        for (const s of subs) s.dispose();
      }),
    ];
  }

  private onMessage(msg: FromTimer): void {
    switch (msg.type) {
      case 'ready':
        this.viewReady = true;
        this.post();
        break;
      case 'start':
      case 'resume':
        this.resume();
        break;
      case 'pause':
        this.pause();
        break;
      case 'reset':
        this.reset();
        break;
      default:
        assertNever(msg);
    }
  }

  private refreshAll(): void {
    this.updateStatus();
    this.post();
    const running = this.state?.runningSince !== undefined;
    void vscode.commands.executeCommand('setContext', Context.TimerRunning, running);
    void vscode.commands.executeCommand('setContext', Context.HasDrill, this.state !== undefined);
    if (this.state && !this.tick) {
      this.tick = setInterval(() => this.onTick(), 1000);
    } else if (!this.state && this.tick) {
      clearInterval(this.tick);
      this.tick = undefined;
    }
  }

  private onTick(): void {
    this.updateStatus();
    if (!this.state) return;
    const v = viewTimer(this.state, this.now());
    if (v.warning !== this.warned && v.warning !== 'none') {
      this.warned = v.warning;
      if (v.warning === 'five-minutes') void vscode.window.showInformationMessage(`Interview Drills: 5 minutes left on "${this.state.title}". Start wrapping up: test and state your complexity.`);
      else void vscode.window.showWarningMessage(`Interview Drills: time is up on "${this.state.title}". The clock keeps counting overtime.`);
    }
  }

  private updateStatus(): void {
    if (!this.state) {
      this.status.hide();
      return;
    }
    const v = viewTimer(this.state, this.now());
    const icon = v.running ? (v.overtime ? '$(warning)' : '$(watch)') : '$(debug-pause)';
    this.status.text = `${icon} ${formatClock(v.remainingMs)}${v.overtime ? ' over' : ''}`;
    this.status.tooltip = `${this.state.title}: ${v.running ? 'running' : 'paused'}${v.phase ? `, phase: ${v.phase}` : ''}. Click to ${v.running ? 'pause' : 'resume'}.`;
    this.status.command = v.running ? Command.TimerPause : Command.TimerResume;
    this.status.backgroundColor = v.overtime ? new vscode.ThemeColor('statusBarItem.errorBackground') : v.warning === 'five-minutes' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.status.accessibilityInformation = { label: v.overtime ? `Drill timer ${formatClock(v.remainingMs).slice(1)} over time` : `Drill timer ${formatClock(v.remainingMs)} remaining` };
    this.status.show();
  }

  /** What the Timer view shows now (null with no drill). */
  render(): TimerRender | null {
    if (!this.state) return null;
    const now = this.now();
    const v = viewTimer(this.state, now);
    return {
      title: this.state.title,
      durationMs: this.state.durationMs,
      remainingMs: v.remainingMs,
      running: v.running,
      honest: this.state.honest,
      pauses: this.state.pauses,
      phases: phasesOf(this.state).map(({ phase, share }) => ({ phase, share })),
      at: now,
    };
  }

  /** The status-bar text, as shown. */
  get statusText(): string | undefined {
    return this.state ? this.status.text : undefined;
  }

  private post(): void {
    if (!this.view || !this.viewReady) return;
    const msg: ToTimer = { type: 'state', timer: this.render() };
    void this.view.webview.postMessage(msg);
  }

}

/** The Timer view and the timer's commands. */
export function registerTimer(context: vscode.ExtensionContext, services: Pick<Services, 'commands' | 'timer' | 'sessions' | 'config' | 'questions'>): void {
  const { commands, timer } = services;
  context.subscriptions.push(vscode.window.registerWebviewViewProvider(View.Timer, timer));
  commands.register(Command.TimerPause, () => timer.pause());
  commands.register(Command.TimerResume, () => timer.resume());
  commands.register(Command.TimerReset, () => timer.reset());
  // From the prompt tab (with its question's id) or the palette (the current drill).
  commands.register(Command.TimerStart, (questionId?: unknown) => {
    const q = typeof questionId === 'string' ? services.questions.bank.byId(questionId) : services.sessions.current()?.question;
    if (!q) {
      void vscode.window.showInformationMessage('Interview Drills: start a drill first; the timer counts down its minutes.');
      return;
    }
    timer.start(timedDrill(q), services.config.current.honestMode);
  });
}

/** What the timer counts down: a drill (or a mock interview) with its phase marks. */
export interface TimedDrill {
  readonly id: string;
  readonly title: string;
  readonly minutes: number;
  readonly phases?: readonly PhaseSpec[];
}

export function timedDrill(q: Question): TimedDrill {
  return { id: q.id, title: q.title, minutes: q.minutes, phases: KINDS[q.kind].phases };
}
