import * as vscode from 'vscode';
import { Judge } from '../core/judge';
import { Ask } from './ask';
import { Commands } from './commandRegistry';
import { Config } from './config';
import { DrillOpener, DrillSessions } from './drills';
import { DrillJournal } from './journal';
import { PracticeStore } from './practice/store';
import { PromptPanels } from './promptPanel';
import { QuestionService } from './questions';
import { editorToolchains } from './testing/toolchains';
import { DrillTimer } from './timer';

/** What every feature may use; each is complete when it is handed out (nothing is filled in later). */
export interface Services {
  readonly commands: Commands;
  readonly config: Config;
  readonly ask: Ask;
  readonly questions: QuestionService;
  readonly sessions: DrillSessions;
  readonly timer: DrillTimer;
  readonly prompts: PromptPanels;
  readonly opener: DrillOpener;
  readonly judge: Judge;
  readonly practice: PracticeStore;
  readonly journal: DrillJournal;
}

/** Builds the services in dependency order; each is owned by the extension context. */
export function createServices(context: vscode.ExtensionContext): Services {
  const own = <T extends vscode.Disposable>(d: T): T => {
    context.subscriptions.push(d);
    return d;
  };
  const commands = new Commands(context.subscriptions);
  const config = own(new Config());
  const ask = own(new Ask());
  const questions = own(new QuestionService(vscode.Uri.joinPath(context.extensionUri, 'questions').fsPath, config, vscode.Uri.joinPath(context.globalStorageUri, 'packs').fsPath));
  const sessions = own(new DrillSessions(questions, config, context.workspaceState));
  const timer = own(new DrillTimer(context.extensionUri, context.globalState));
  const journal = own(new DrillJournal(context.globalState));
  const prompts = own(new PromptPanels(context.extensionUri, context.globalState, (id) => questions.bank.byId(id), journal));
  const opener = new DrillOpener({ config, sessions, prompts, timer, ask });
  // VS Code's own executable runs JavaScript as plain Node with ELECTRON_RUN_AS_NODE: no Node install needed.
  // Compiled languages keep their builds by content in the extension's storage, and the process for
  // the next run of the same program is started when a run ends (stopped when the extension is).
  const judge = new Judge({ nodePath: process.execPath, nodeEnv: { ELECTRON_RUN_AS_NODE: '1' }, toolchains: editorToolchains(config, () => sessions.current()?.solution), cacheDir: vscode.Uri.joinPath(context.globalStorageUri, 'builds').fsPath, startAhead: true });
  own({ dispose: () => void judge.dispose() });
  const practice = own(new PracticeStore(context.globalStorageUri.fsPath, config, questions));
  return { commands, config, ask, questions, sessions, timer, prompts, opener, judge, practice, journal };
}
