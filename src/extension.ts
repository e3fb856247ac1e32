import * as vscode from 'vscode';
import { Judge } from './core/judge';
import { activationTimer, moduleLoaded, type ActivationTiming } from './vscode/activation';
import { DrillCodeLens } from './vscode/codeLens';
import { registerCommands } from './vscode/commands';
import { readConfig } from './vscode/config';
import { DrillOpener, DrillSessions } from './vscode/drills';
import { Command, View } from './vscode/ids';
import { PromptPanels } from './vscode/promptPanel';
import { QuestionService } from './vscode/questions';
import { registerPractice, showDueBadge, type Practice } from './vscode/practice';
import { registerReview, type ReviewComments } from './vscode/review';
import { registerTesting, type DrillTesting } from './vscode/testing';
import { editorToolchains } from './vscode/testing/toolchains';
import { DrillTimer } from './vscode/timer';
import { TopicsTree, type TopicsNode } from './vscode/topicsTree';

export interface DrillsApi {
  readonly questions: QuestionService;
  readonly sessions: DrillSessions;
  readonly timer: DrillTimer;
  readonly tree: TopicsTree;
  readonly testing: DrillTesting;
  readonly review: ReviewComments;
  readonly practice: Practice;
  readonly topicsView: vscode.TreeView<TopicsNode>;
  readonly activation: ActivationTiming;
}

const load = moduleLoaded();

export async function activate(context: vscode.ExtensionContext): Promise<DrillsApi> {
  const timing = activationTimer(load);
  const questions = new QuestionService(vscode.Uri.joinPath(context.extensionUri, 'questions').fsPath, vscode.Uri.joinPath(context.globalStorageUri, 'packs').fsPath);
  const sessions = new DrillSessions(questions, context.workspaceState);
  const timer = new DrillTimer(context.extensionUri, context.globalState);
  const tree = new TopicsTree(questions);
  const prompts = new PromptPanels(context.extensionUri, context.globalState, (id) => questions.bank.byId(id), {
    openSolution: async (q) => void (await opener.start(q)),
    startTimer: (q) => timer.start(q.id, q.title, q.minutes, readConfig().honestMode),
  });
  const opener = new DrillOpener({ questions, sessions, prompts, timer });
  const treeView = vscode.window.createTreeView(View.Topics, { treeDataProvider: tree, showCollapseAll: true });
  const lenses = new DrillCodeLens(sessions);
  context.subscriptions.push(questions, sessions, timer, tree, prompts, treeView, lenses, vscode.languages.registerCodeLensProvider({ scheme: 'file' }, lenses));
  const interviewer: { ask?: ReviewComments['askInterviewer'] } = {};
  registerCommands(context, { questions, opener, sessions, prompts, timer, interviewer });
  // VS Code's own executable runs JavaScript as plain Node with ELECTRON_RUN_AS_NODE: no Node install needed.
  // Compiled languages keep their builds by content in the extension's storage.
  const judge = new Judge({ nodePath: process.execPath, nodeEnv: { ELECTRON_RUN_AS_NODE: '1' }, toolchains: editorToolchains(() => sessions.current()?.solution), cacheDir: vscode.Uri.joinPath(context.globalStorageUri, 'builds').fsPath });
  const testing = registerTesting(context, { sessions, judge });
  const review = registerReview(context, { sessions, testing, timer, secrets: context.secrets });
  interviewer.ask = (drill, question) => review.askInterviewer(drill, question);
  lenses.contribute({ title: '$(comment-discussion) Review my reasoning', command: Command.Review, kinds: ['code', 'document'] });
  const practice = registerPractice(context, { storageDir: context.globalStorageUri.fsPath, questions, sessions, opener, timer, testing, review });
  tree.setPractice(practice);
  context.subscriptions.push(showDueBadge(treeView, practice));
  lenses.contribute({ title: '$(pass) Finish drill', command: Command.FinishDrill, kinds: ['code', 'document'] });

  await questions.reload();
  sessions.restore();
  return { questions, sessions, timer, tree, testing, review, practice, topicsView: treeView, activation: timing.finish() };
}

export function deactivate(): void {}
