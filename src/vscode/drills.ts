import * as path from 'path';
import * as vscode from 'vscode';
import { KINDS } from '../core/kinds';
import { plausibleStart } from '../core/practice/attempt';
import { matchesQuery } from '../core/questions/search';
import { TOPIC_TITLES, TOPICS, type Language, type Question, type Topic } from '../core/model';
import { defaultLanguage, isLanguage, runtimeForFile, runtimesFor, solutionFileNames } from '../core/runtimes';
import { drillFileFor, starterFor } from '../core/templates';
import type { Config } from './config';
import type { Ask } from './ask';
import { Command, Context } from './ids';
import { SECTION, Setting } from './settings';
import { Disposable } from './lifecycle';
import type { PromptPanels } from './promptPanel';
import type { QuestionService } from './questions';
import { timedDrill, type DrillTimer } from './timer';

export interface ActiveDrill {
  readonly question: Question;
  /** `<practiceFolder>/<question-id>/` */
  readonly folder: vscode.Uri;
  readonly solution: vscode.Uri;
  readonly language: Language;
  /** When the attempt started (epoch ms); unknown for a file opened outside Start Drill or a session saved without it. */
  readonly startedAt?: number;
}

const CURRENT_KEY = 'drills.current';

/** A drill's own cases, beside its solution. */
export const CUSTOM_TESTS = 'custom-tests.yaml';

/** Which drill the person is working on, and the files that belong to each drill. */
export class DrillSessions extends Disposable {
  private active: ActiveDrill | undefined;
  private readonly changed = this._register(new vscode.EventEmitter<ActiveDrill | undefined>());
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly questions: QuestionService,
    private readonly config: Config,
    private readonly memento: vscode.Memento,
  ) {
    super();
    this._register(vscode.window.onDidChangeActiveTextEditor((e) => this.updateContext(e)));
    this.updateContext(vscode.window.activeTextEditor);
  }

  /**
   * Context keys for menus: whether the active editor is a drill file, and whether the test
   * commands have a drill to run. They act on `testTarget()` (here from the drill already looked
   * up), so Run Tests stays in the palette while the prompt tab (a webview, no text editor) has the
   * focus.
   */
  private updateContext(editor: vscode.TextEditor | undefined): void {
    const drill = editor ? this.forDocument(editor.document.uri) : undefined;
    void vscode.commands.executeCommand('setContext', Context.DrillFile, drill !== undefined);
    void vscode.commands.executeCommand('setContext', Context.DrillRunnable, this.targetFrom(drill) !== undefined);
  }

  /**
   * The drill Run Tests, Submit, Measure Complexity and the smallest-failing-input commands act on:
   * the active editor's drill, unless that editor is another drill's own cases file, else the
   * current drill; only a drill with tests.
   */
  testTarget(editor: vscode.TextEditor | undefined): ActiveDrill | undefined {
    return this.targetFrom(editor ? this.forDocument(editor.document.uri) : undefined);
  }

  /** `testTarget` from the editor's drill, already looked up. */
  private targetFrom(fromEditor: ActiveDrill | undefined): ActiveDrill | undefined {
    const drill = fromEditor && path.basename(fromEditor.solution.fsPath) !== CUSTOM_TESTS ? fromEditor : this.active;
    return drill && KINDS[drill.question.kind].runnable ? drill : undefined;
  }

  current(): ActiveDrill | undefined {
    return this.active;
  }

  /** The drill a document belongs to: any file inside `<practiceFolder>/<id>/`. */
  forDocument(uri: vscode.Uri): ActiveDrill | undefined {
    if (uri.scheme !== 'file') return undefined;
    const root = this.config.current.practiceFolder;
    const rel = path.relative(root, uri.fsPath);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    const id = rel.split(path.sep)[0];
    const question = id ? this.questions.bank.byId(id) : undefined;
    if (!question) return undefined;
    const runtime = runtimeForFile(uri.fsPath);
    // The current drill's own file, or a file beside it that is no solution (custom tests, notes);
    // another language's solution of the same drill is that file's drill, with its own results.
    const active = this.active;
    if (active && active.question.id === question.id && (uri.toString() === active.solution.toString() || !runtime?.kinds.includes(question.kind))) return active;
    return { question, folder: vscode.Uri.file(path.join(root, question.id)), solution: uri, language: runtime?.id ?? defaultLanguage(question.kind) };
  }

  setActive(drill: ActiveDrill | undefined): void {
    this.active = drill;
    this.updateContext(vscode.window.activeTextEditor);
    void this.memento.update(CURRENT_KEY, drill ? { id: drill.question.id, solution: drill.solution.toString(), language: drill.language, ...(drill.startedAt ? { startedAt: drill.startedAt } : {}) } : undefined);
    this.changed.fire(drill);
  }

  /** Restores the drill that was active before a window reload, once questions are loaded. */
  restore(): void {
    const saved = this.memento.get<{ id?: unknown; solution?: unknown; language?: unknown; startedAt?: unknown }>(CURRENT_KEY);
    if (!saved || typeof saved.id !== 'string' || typeof saved.solution !== 'string') return;
    const question = this.questions.bank.byId(saved.id);
    if (!question) return;
    const solution = vscode.Uri.parse(saved.solution);
    this.active = {
      question,
      folder: vscode.Uri.file(path.dirname(solution.fsPath)),
      solution,
      language: isLanguage(saved.language) ? saved.language : defaultLanguage(question.kind),
      // A start time that is not a plausible moment (0, from an older version) is unknown, not 1970.
      ...(plausibleStart(saved.startedAt, Date.now()) !== undefined ? { startedAt: saved.startedAt as number } : {}),
    };
    this.changed.fire(this.active);
  }
}

export interface DrillOpenerDeps {
  readonly config: Config;
  readonly sessions: DrillSessions;
  readonly prompts: PromptPanels;
  readonly timer: DrillTimer;
  readonly ask: Ask;
}

/** Opens a drill: prompt tab, solution file beside it (created once, never overwritten), timer. */
export class DrillOpener {
  constructor(private readonly deps: DrillOpenerDeps) {}

  /** `keepTimer`: a mock interview runs one timer across its drills (and records them itself). */
  async start(question: Question, opts: { keepTimer?: boolean } = {}): Promise<ActiveDrill | undefined> {
    if (!opts.keepTimer && !(await this.leaveCurrent(question.id))) return undefined;
    const language = await this.language(question);
    if (!language) return undefined;
    const file = drillFileFor(question, language);
    const folder = vscode.Uri.file(path.join(this.deps.config.current.practiceFolder, question.id));
    const solution = await this.findOrCreate(question, folder, file.name, language);
    if (!solution) return undefined;
    const runtime = runtimeForFile(solution.fsPath);
    if (runtime) await writeEditorFiles(folder, runtime.editorFiles ?? []);
    this.deps.prompts.show(question, vscode.ViewColumn.One);
    const doc = await vscode.workspace.openTextDocument(solution);
    await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Two, preview: false });
    if (!opts.keepTimer) this.deps.timer.ensure(timedDrill(question), this.deps.config.current.honestMode);
    // The language of the file that was opened: the person may have chosen an existing solution.py
    // over a new solution.js (a written drill's Markdown document has no runtime).
    const drill: ActiveDrill = { question, folder, solution, language: runtime?.id ?? language, startedAt: opts.keepTimer ? Date.now() : (this.deps.timer.current?.startedAt ?? Date.now()) };
    this.deps.sessions.setActive(drill);
    return drill;
  }

  /**
   * Before another drill (or a mock interview) starts: a drill in progress, timed and with work in
   * it, is recorded or left on purpose, never dropped silently. False: stay on it.
   */
  async leaveCurrent(nextId?: string): Promise<boolean> {
    const current = this.deps.sessions.current();
    if (!current || current.question.id === nextId) return true;
    if (this.deps.timer.current?.questionId !== current.question.id || !(await attempted(current))) return true;
    const choice = await this.deps.ask.choose(`"${current.question.title}" is still running. Record it first?`, [
      { label: 'Finish and record it', description: 'rate it now, then go on', value: 'record' as const },
      { label: 'Leave it unrecorded', description: 'your file stays; this attempt is not counted', value: 'leave' as const },
      { label: 'Keep working on it', value: 'stay' as const },
    ]);
    if (choice === 'record') return (await vscode.commands.executeCommand(Command.FinishDrill, { questionId: current.question.id })) !== undefined;
    return choice === 'leave';
  }

  /** The existing solution file (one question lists every other language's file), or a new one with the starter. */
  private async findOrCreate(question: Question, folder: vscode.Uri, name: string, language: Language): Promise<vscode.Uri | undefined> {
    const preferred = vscode.Uri.joinPath(folder, name);
    if (await exists(preferred)) return preferred;
    if (KINDS[question.kind].runnable) {
      const others: vscode.Uri[] = [];
      for (const other of solutionFileNames(question.kind)) {
        const uri = vscode.Uri.joinPath(folder, other);
        if (other !== name && (await exists(uri))) others.push(uri);
      }
      if (others.length > 0) {
        const pick = await this.deps.ask.choose<vscode.Uri | 'new'>(`You already have ${others.map((u) => path.basename(u.fsPath)).join(' and ')} for "${question.title}"`, [
          ...others.map((u) => ({ label: `Open ${path.basename(u.fsPath)}`, value: u })),
          { label: `New ${name}`, description: 'start over in your chosen language', value: 'new' as const },
        ]);
        if (pick === undefined) return undefined;
        if (pick !== 'new') return pick;
      }
    }
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.writeFile(preferred, Buffer.from(starterFor(question, language), 'utf8'));
    return preferred;
  }

  /** The person's language: the setting, else asked once and remembered in user settings. */
  private async language(question: Question): Promise<Language | undefined> {
    const answering = runtimesFor(question.kind);
    if (answering.length <= 1) return defaultLanguage(question.kind);
    const configured = this.deps.config.current.language;
    if (configured && answering.some((r) => r.id === configured)) return configured;
    return pickLanguage();
  }
}

/** Writes a runtime's editor files beside the solution once; the person's own versions are kept. */
async function writeEditorFiles(folder: vscode.Uri, files: readonly { readonly name: string; readonly content: string }[]): Promise<void> {
  for (const f of files) {
    const uri = vscode.Uri.joinPath(folder, f.name);
    if (!(await exists(uri))) await vscode.workspace.fs.writeFile(uri, Buffer.from(f.content, 'utf8'));
  }
}

/** Whether the person has written anything beyond the starter (unsaved edits count). */
export async function attempted(drill: ActiveDrill): Promise<boolean> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === drill.solution.toString());
  let text: string;
  try {
    text = open ? open.getText() : Buffer.from(await vscode.workspace.fs.readFile(drill.solution)).toString('utf8');
  } catch {
    return false;
  }
  const normalize = (t: string): string => t.replace(/\r\n/g, '\n').trim();
  return normalize(text) !== normalize(starterFor(drill.question, drill.language));
}

export async function pickLanguage(): Promise<Language | undefined> {
  const items: (vscode.QuickPickItem & { language: Language })[] = runtimesFor('coding').map((r) => ({ label: r.label, description: r.description, language: r.id }));
  const pick = await vscode.window.showQuickPick(items, { title: 'Which language do you interview in?', placeHolder: 'Saved to the interviewDrills.language setting; change it any time' });
  if (!pick) return undefined;
  await vscode.workspace.getConfiguration(SECTION).update(Setting.Language, pick.language, vscode.ConfigurationTarget.Global);
  return pick.language;
}

type QuestionPick = vscode.QuickPickItem & { question?: Question };

/**
 * Quick pick of all questions grouped by topic. Every typed word must match the title, id,
 * difficulty, kind, topic or a tag, in any order ("easy stack"); VS Code's own filter matches one
 * field at a time, so the list is filtered here.
 */
export function pickQuestion(questions: readonly Question[], title: string): Promise<Question | undefined> {
  const pick = vscode.window.createQuickPick<QuestionPick>();
  pick.title = title;
  pick.placeholder = 'Type to filter by title, difficulty, kind, topic or tag, e.g. "easy stack"';
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  const show = (query: string): void => {
    const items: QuestionPick[] = [];
    for (const topic of TOPICS) {
      const qs = questions.filter((q) => q.topic === topic && matchesQuery(q, query));
      if (qs.length === 0) continue;
      items.push({ label: TOPIC_TITLES[topic], kind: vscode.QuickPickItemKind.Separator });
      for (const q of qs) {
        items.push({
          label: `$(${KINDS[q.kind].icon}) ${q.title}`,
          description: `${q.difficulty} · ${KINDS[q.kind].label} · ${q.minutes} min`,
          detail: q.tags.length ? q.tags.join(', ') : undefined,
          alwaysShow: true,
          question: q,
        });
      }
    }
    pick.items = items;
    // Replacing the items can leave none active; Enter then picks the first match, as VS Code's own filter does.
    const first = items.find((i) => i.question);
    pick.activeItems = first ? [first] : [];
  };
  show('');
  return new Promise((resolve) => {
    let chosen: Question | undefined;
    pick.onDidChangeValue(show);
    pick.onDidAccept(() => {
      chosen = (pick.selectedItems[0] ?? pick.activeItems[0])?.question;
      pick.hide();
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(chosen);
    });
    pick.show();
  });
}

export async function pickTopic(): Promise<Topic | 'any' | undefined> {
  const items: (vscode.QuickPickItem & { topic: Topic | 'any' })[] = [
    { label: 'Any topic', topic: 'any' },
    ...TOPICS.map((topic) => ({ label: TOPIC_TITLES[topic], topic })),
  ];
  return (await vscode.window.showQuickPick(items, { title: 'Random drill from…' }))?.topic;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

