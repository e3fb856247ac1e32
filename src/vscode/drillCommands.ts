import { promises as fs } from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { TOPIC_TITLES, type Question, type Topic } from '../core/model';
import { checkSolutionFile, referenceSolutionPath, solutionFolderOf } from '../core/questions/solutions';
import { RUNTIMES } from '../core/runtimes';
import { attempted, pickLanguage, pickQuestion, pickTopic, type ActiveDrill, type DrillSessions } from './drills';
import { Command } from './ids';
import type { Services } from './services';
import type { TopicsNode } from './topicsTree';

type CommandDeps = Pick<Services, 'commands' | 'config' | 'questions' | 'opener' | 'sessions' | 'prompts'> & { readonly random?: () => number };

/** Accepts what each entry point passes: a question id (tree item, tests), a tree node (context menu), or nothing (palette). */
function questionFrom(arg: unknown, deps: CommandDeps): Question | undefined {
  if (typeof arg === 'string') return deps.questions.bank.byId(arg);
  if (typeof arg === 'object' && arg !== null && (arg as TopicsNode).type === 'question') return (arg as Extract<TopicsNode, { type: 'question' }>).question;
  return undefined;
}

const REFERENCE_SCHEME = 'interview-drills-reference';
const OUTLINE = 'model-outline.md';

/** The text of `interview-drills-reference:/<question-id>/<file>`: a reference solution of the question, or its model outline. */
async function referenceText(questions: CommandDeps['questions'], uri: vscode.Uri): Promise<string> {
  const [, id, name] = uri.path.split('/');
  const q = id ? questions.bank.byId(id) : undefined;
  if (!q || !name) return `No reference for ${uri.path}.`;
  if (name === OUTLINE) return `# Model outline: ${q.title}\n\n${q.outline ?? ''}`;
  const checked = await checkSolutionFile(q, path.join(solutionFolderOf(q), name));
  if ('problem' in checked) return `"${q.title}": ${checked.problem}.`;
  return fs.readFile(checked.file, 'utf8');
}

/** The drill of the active editor, else the current drill. */
export function activeDrill(sessions: DrillSessions): ActiveDrill | undefined {
  const editor = vscode.window.activeTextEditor;
  return (editor ? sessions.forDocument(editor.document.uri) : undefined) ?? sessions.current();
}

/** Starting and finding drills: Start, Random, Reload, Show Prompt, the reference, language and folder. */
export function registerDrills(context: vscode.ExtensionContext, deps: CommandDeps): void {
  const random = deps.random ?? Math.random;
  const register = deps.commands.register.bind(deps.commands);

  register(Command.StartDrill, async (arg?: unknown) => {
    let q = questionFrom(arg, deps);
    if (typeof arg === 'string' && !q) {
      void vscode.window.showErrorMessage(`Interview Drills: no question with id "${arg}".`);
      return undefined;
    }
    q ??= await pickQuestion(deps.questions.bank.all(), 'Start Drill');
    return q ? deps.opener.start(q) : undefined;
  });

  register(Command.RandomDrill, async (arg?: unknown) => {
    let topic: Topic | 'any' | undefined;
    if (typeof arg === 'string') topic = arg as Topic;
    else if (typeof arg === 'object' && arg !== null && (arg as TopicsNode).type === 'topic') topic = (arg as Extract<TopicsNode, { type: 'topic' }>).topic;
    else topic = await pickTopic();
    if (!topic) return undefined;
    const pool = topic === 'any' ? deps.questions.bank.all() : deps.questions.bank.byTopic(topic);
    if (pool.length === 0) {
      void vscode.window.showInformationMessage(`Interview Drills: no drills in ${topic === 'any' ? 'any topic' : TOPIC_TITLES[topic]} yet.`);
      return undefined;
    }
    const q = pool[Math.floor(random() * pool.length)];
    return q ? deps.opener.start(q) : undefined;
  });

  register(Command.ReloadQuestions, async () => {
    const bank = await deps.questions.reload();
    const errors = deps.questions.diagnostics.filter((d) => d.severity === 'error').length;
    const msg = `Interview Drills: ${bank.size} questions loaded${errors ? `, ${errors} problem(s) in question files (see Problems)` : ''}.`;
    if (errors) void vscode.window.showWarningMessage(msg, 'Show Problems').then((p) => p && vscode.commands.executeCommand('workbench.actions.view.problems'));
    else void vscode.window.showInformationMessage(msg);
    return bank.size;
  });

  register(Command.ShowPrompt, () => {
    const drill = deps.sessions.current() ?? (vscode.window.activeTextEditor ? deps.sessions.forDocument(vscode.window.activeTextEditor.document.uri) : undefined);
    if (!drill) {
      void vscode.window.showInformationMessage('Interview Drills: no drill is open. Start one first.', 'Start Drill').then((p) => p && vscode.commands.executeCommand(Command.StartDrill));
      return;
    }
    deps.prompts.show(drill.question, vscode.ViewColumn.One);
  });

  // References and model outlines open only after an attempt: the solution file (or design doc, or
  // STAR answer) must differ from the starter it was created with. Returns what was opened.
  register(Command.ShowReference, async () => {
    const drill = activeDrill(deps.sessions);
    if (!drill) {
      void vscode.window.showInformationMessage('Interview Drills: reference solutions are shown after you attempt a drill. Start one first.');
      return undefined;
    }
    const q = drill.question;
    const file = RUNTIMES[drill.language].sourceLanguages.map((l) => referenceSolutionPath(q, l)).find((f) => f !== undefined) ?? Object.values(q.solutions).map((f) => `${solutionFolderOf(q)}/${f}`)[0];
    if (!file && !q.outline) {
      void vscode.window.showInformationMessage(`Interview Drills: "${q.title}" has no reference solution.`);
      return undefined;
    }
    if (!(await attempted(drill))) {
      void vscode.window.showInformationMessage(`Interview Drills: try "${q.title}" first. The reference ${file ? 'solution' : 'outline'} opens once your file has an attempt in it.`);
      return 'not-attempted';
    }
    if (file) {
      const checked = await checkSolutionFile(q, file);
      if ('problem' in checked) {
        void vscode.window.showWarningMessage(`Interview Drills: "${q.title}": ${checked.problem}.`);
        return undefined;
      }
    }
    // A read-only copy: never the pack's own file, which an edit (or a save) would change for good.
    const uri = vscode.Uri.from({ scheme: REFERENCE_SCHEME, path: `/${q.id}/${file ? path.basename(file) : OUTLINE}` });
    await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    return uri;
  });
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(REFERENCE_SCHEME, { provideTextDocumentContent: (uri) => referenceText(deps.questions, uri) }));

  // The bundled list of questions to ask the interviewer, with the interview habits, as a Markdown preview.
  register(Command.QuestionsToAsk, async () => {
    const uri = vscode.Uri.joinPath(context.extensionUri, 'media', 'walkthrough', 'questions-to-ask.md');
    await vscode.commands.executeCommand('markdown.showPreview', uri);
    return uri.toString();
  });

  register(Command.ChooseLanguage, () => pickLanguage());

  register(Command.OpenPracticeFolder, async () => {
    const uri = vscode.Uri.file(deps.config.current.practiceFolder);
    await vscode.workspace.fs.createDirectory(uri);
    await vscode.commands.executeCommand('revealFileInOS', uri);
  });
}
