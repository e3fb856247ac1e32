import * as vscode from 'vscode';
import { askInterviewer } from '../../core/interviewer';
import { KINDS } from '../../core/kinds';
import { OpenAIProvider, Reviewer, type ChatProvider, type ReviewInput } from '../../core/review';
import { evidenceText, groupEvidence } from '../../core/review/format';
import { compareClaim, parseClaimedComplexity } from '../../core/judge/complexity';
import { appendPlain } from '../markdownText';
import type { Remark, Review, Severity } from '../../core/model';
import type { Config } from '../config';
import { activeDrill } from '../drillCommands';
import type { ActiveDrill, DrillSessions } from '../drills';
import { Command } from '../ids';
import { Disposable } from '../lifecycle';
import type { Services } from '../services';
import type { DrillTesting } from '../testing';
import type { DrillTimer } from '../timer';
import { elapsedMs, viewTimer } from '../../core/timer';
import { ApiKeyStore, sameEndpoint } from './apiKey';
import { LanguageModelProvider } from './lmProvider';

const ICON: Readonly<Record<Severity, string>> = { essential: 'Essential', actionable: 'Actionable', informative: 'Note', celebratory: 'Well done' };

export interface ReviewDeps {
  readonly config: Config;
  readonly sessions: DrillSessions;
  readonly testing: DrillTesting;
  readonly timer: DrillTimer;
  readonly secrets: vscode.SecretStorage;
}

/** Where a stored key was about to go: the endpoint it was stored for and the one the settings name now. */
export interface KeyEndpointQuestion {
  readonly storedFor: string | undefined;
  readonly target: string;
}

/** Asks, in a modal dialog, before the stored key goes to an endpoint it was not stored for. */
async function confirmKeyEndpoint(q: KeyEndpointQuestion): Promise<boolean> {
  const send = 'Send Key and Code';
  const answer = await vscode.window.showWarningMessage(
    `Send your API key to ${q.target}?`,
    {
      modal: true,
      detail: `Your API key was stored for ${q.storedFor ?? 'an endpoint that was not recorded (stored by an earlier version)'}, but the review settings now send your code to ${q.target}. If you did not change that yourself, cancel: nothing is sent. If you send, the key is bound to ${q.target} from now on.`,
    },
    send,
  );
  return answer === send;
}

type ProviderChoice = { readonly provider?: ChatProvider; readonly declined?: string };

interface ThreadData {
  readonly drill: ActiveDrill;
  readonly input: ReviewInput;
  readonly line: number;
  /** The review the thread belongs to: follow-ups are answered from it and the drill's notes. */
  readonly review: Review;
}

/** An empty Markdown body for untrusted text (model, pack, the person's file): no commands, HTML or icons. */
function safeMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, false);
  md.isTrusted = false;
  md.supportHtml = false;
  md.supportThemeIcons = false;
  return md;
}

/** Untrusted text (model or pack) as Markdown that cannot run commands or render HTML. */
function untrusted(text: string): vscode.MarkdownString {
  return appendPlain(safeMarkdown(), text);
}

/** The plain text behind each comment (the Markdown body is escaped). */
const plainText = new WeakMap<vscode.Comment, string>();

function comment(body: string, author: string): vscode.Comment {
  const c: vscode.Comment = { body: untrusted(body), mode: vscode.CommentMode.Preview, author: { name: author } };
  plainText.set(c, body);
  return c;
}

/**
 * The review's summary: the headline, then each score with its reason and, under it, the person's
 * own words it rests on and the line they are on (the checklist's evidence), then any note.
 */
function summaryComment(review: Review): vscode.Comment {
  const md = safeMarkdown();
  const plain: string[] = [];
  const paragraph = (text: string): void => {
    appendPlain(md, text);
    md.appendMarkdown('\n\n');
    plain.push(text);
  };
  paragraph(review.summary);
  for (const s of review.scores) {
    paragraph(`${'●'.repeat(s.score)}${'○'.repeat(4 - s.score)} ${s.dimension} (${s.score}/4): ${s.why}`);
    const evidence = groupEvidence(s.evidence).map((g) => evidenceText(g, g.line > 0 ? `line ${g.line}: ` : ''));
    for (const e of evidence) {
      // A compact list under the score; the person's words are escaped.
      md.appendMarkdown('- ');
      appendPlain(md, e);
      md.appendMarkdown('\n');
      plain.push(`    ${e}`);
    }
    if (evidence.length) md.appendMarkdown('\n');
  }
  if (review.note) paragraph(review.note);
  if (review.raw) {
    paragraph('The model\'s answer as received:');
    paragraph(review.raw.slice(0, 4000));
  }
  const c: vscode.Comment = { body: md, mode: vscode.CommentMode.Preview, author: { name: `Review summary (${review.provider})` } };
  plainText.set(c, plain.join('\n'));
  return c;
}

function textOf(c: vscode.Comment): string {
  return plainText.get(c) ?? (typeof c.body === 'string' ? c.body : c.body.value);
}

/** The review as comment threads on the person's lines (Comments API), with follow-up replies. */
export class ReviewComments extends Disposable {
  private readonly controller = this._register(vscode.comments.createCommentController('interviewDrills.review', 'Interview Drills Review'));
  private readonly threads = new Map<string, vscode.CommentThread[]>();
  private readonly data = new WeakMap<vscode.CommentThread, ThreadData>();
  private readonly reviewer = new Reviewer();
  private readonly last = new Map<string, Review>();
  private readonly reviewed = this._register(new vscode.EventEmitter<{ drill: ActiveDrill; review: Review }>());
  readonly onDidReview = this.reviewed.event;

  constructor(private readonly deps: ReviewDeps) {
    super();
    this._register({ dispose: () => this.clear() });
    this.keys = new ApiKeyStore(deps.secrets);
    this.controller.options = { prompt: 'Ask the interviewer a follow-up…', placeHolder: 'Why does this matter? What would you ask here?' };
  }

  lastReview(questionId: string): Review | undefined {
    return this.last.get(questionId);
  }

  /** Threads on a document, for tests and the summary: line (1-based) and comment texts. */
  threadsOf(uri: vscode.Uri): { line: number; comments: string[]; resolved: boolean }[] {
    return (this.threads.get(uri.toString()) ?? []).map((t) => ({
      line: t.range ? t.range.start.line + 1 : 0,
      comments: t.comments.map(textOf),
      resolved: t.state === vscode.CommentThreadState.Resolved,
    }));
  }

  clear(uri?: vscode.Uri): void {
    for (const [key, list] of this.threads) {
      if (uri && key !== uri.toString()) continue;
      for (const t of list) t.dispose();
      this.threads.delete(key);
    }
  }

  private readonly keys: ApiKeyStore;
  /** The question asked before the stored key goes to another endpoint (a modal dialog; tests answer it). */
  confirmKeyEndpoint: (q: KeyEndpointQuestion) => Promise<boolean> = confirmKeyEndpoint;

  /** Stores the key for the endpoint the settings name now (empty or undefined removes it); returns that endpoint. */
  async setApiKey(key: string | undefined): Promise<string> {
    const baseUrl = this.deps.config.current.review.baseUrl;
    if (key?.trim()) await this.keys.store(key.trim(), baseUrl);
    else await this.keys.delete();
    return baseUrl;
  }

  /**
   * The configured provider. A stored key goes only to the endpoint it was stored for; for another
   * one the person is asked first, and "no" means no request at all.
   */
  private async provider(): Promise<ProviderChoice> {
    const r = this.deps.config.current.review;
    if (r.provider === 'vscode-lm') return { provider: new LanguageModelProvider(r.languageModelFamily) };
    if (r.provider !== 'openai') return {};
    const stored = await this.keys.get();
    let apiKey: string | undefined;
    if (stored) {
      if (stored.baseUrl !== undefined && sameEndpoint(stored.baseUrl, r.baseUrl)) {
        apiKey = stored.key;
      } else if (await this.confirmKeyEndpoint({ storedFor: stored.baseUrl, target: r.baseUrl })) {
        await this.keys.store(stored.key, r.baseUrl);
        apiKey = stored.key;
      } else {
        return { declined: `Nothing was sent to ${r.baseUrl}: your API key is stored for ${stored.baseUrl ?? 'another endpoint'}. Run "Interview Drills: Set API Key" to store a key for ${r.baseUrl}, or set the review settings back.` };
      }
    }
    return { provider: new OpenAIProvider({ baseUrl: r.baseUrl, model: r.model, ...(apiKey ? { apiKey } : {}) }) };
  }

  private inputFor(drill: ActiveDrill, doc: vscode.TextDocument): ReviewInput {
    const q = drill.question;
    const t = this.deps.timer.current;
    const text = doc.getText();
    // Verdicts and timings are about the code they ran: an edit to the code (not to the reasoning
    // comments) since then leaves them out, and the review says so.
    const last = this.deps.testing.runOf(drill, text);
    const measured = this.deps.testing.measurementOf(drill, text);
    const run = last?.current ? last.result : undefined;
    const m = measured?.current ? measured.measurement : undefined;
    // The claim may have been edited since: compare the measured growth with the one written now.
    const claimed = parseClaimedComplexity(text).time;
    const verdict = m && claimed !== m.claimed ? compareClaim(claimed, m.fit) : m;
    const edited = { ...(last && !run ? { run: true } : {}), ...(measured && !m ? { measurement: true } : {}) };
    return {
      question: q,
      code: text,
      language: KINDS[q.kind].answer.type === 'document' ? 'markdown' : drill.language,
      ...(run ? { run } : {}),
      ...(m && verdict ? { measurement: { ...(m.fit.cls ? { cls: m.fit.cls } : {}), ...(verdict.agrees !== undefined ? { agrees: verdict.agrees } : {}), message: verdict.message } } : {}),
      ...(edited.run || edited.measurement ? { edited } : {}),
      ...(t && t.questionId === q.id ? { elapsedMs: elapsedMs(t, Date.now()) } : {}),
    };
  }

  /** Reviews the active drill file and replaces its threads; never edits the file. */
  async review(): Promise<Review | undefined> {
    const editor = vscode.window.activeTextEditor;
    const drill = (editor ? this.deps.sessions.forDocument(editor.document.uri) : undefined) ?? this.deps.sessions.current();
    if (!drill) {
      void vscode.window.showInformationMessage('Interview Drills: open a drill file to review its reasoning.');
      return undefined;
    }
    const t = this.deps.timer.current;
    if (this.deps.config.current.review.holdUntilTimerEnds && t && t.questionId === drill.question.id && !viewTimer(t, Date.now()).overtime) {
      void vscode.window.showInformationMessage('Interview Drills: reviews are held until the timer ends, like a real interview (interviewDrills.review.holdUntilTimerEnds).');
      return undefined;
    }
    const doc = await vscode.workspace.openTextDocument(drill.solution);
    const input = this.inputFor(drill, doc);
    const { provider, declined } = await this.provider();
    const review = declined ? { ...(await this.reviewer.review(input, undefined)), note: declined } : await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Reviewing your reasoning${provider ? ` with ${provider.id}` : ''}`, cancellable: true },
      async (progress, token) => {
        const abort = new AbortController();
        const sub = token.onCancellationRequested(() => abort.abort());
        try {
          return await this.reviewer.review(input, provider, { signal: abort.signal, onProgress: (text) => progress.report({ message: `${text.length} characters received…` }) });
        } finally {
          sub.dispose();
        }
      },
    );
    this.show(drill, doc, input, review);
    this.last.set(drill.question.id, review);
    this.reviewed.fire({ drill, review });
    if (review.error) void vscode.window.showWarningMessage(`Interview Drills: ${review.error}`, ...(/Set API Key/.test(review.error) ? ['Set API Key'] : [])).then((p) => p && vscode.commands.executeCommand(Command.SetApiKey));
    return review;
  }

  private show(drill: ActiveDrill, doc: vscode.TextDocument, input: ReviewInput, review: Review): void {
    this.clear(doc.uri);
    const created: vscode.CommentThread[] = [];
    const byLine = new Map<number, Remark[]>();
    for (const r of review.remarks) byLine.set(r.line, [...(byLine.get(r.line) ?? []), r]);
    const lineCount = doc.lineCount;
    const head = this.thread(doc, 1, [summaryComment(review)], drill, input, review);
    head.label = 'Interview Drills review';
    created.push(head);
    for (const [line, remarks] of [...byLine.entries()].sort((a, b) => a[0] - b[0])) {
      const at = Math.min(Math.max(1, line), lineCount);
      const t = this.thread(doc, at, remarks.map((r) => comment(`${ICON[r.severity]}: ${r.message}`, r.source === 'check' ? 'Interview checklist' : 'Interviewer (model)')), drill, input, review);
      t.collapsibleState = remarks.some((r) => r.severity === 'essential') ? vscode.CommentThreadCollapsibleState.Expanded : vscode.CommentThreadCollapsibleState.Collapsed;
      created.push(t);
    }
    this.threads.set(doc.uri.toString(), created);
  }

  private thread(doc: vscode.TextDocument, line: number, comments: vscode.Comment[], drill: ActiveDrill, input: ReviewInput, review: Review): vscode.CommentThread {
    const range = doc.lineAt(line - 1).range;
    const t = this.controller.createCommentThread(doc.uri, new vscode.Range(range.start, range.start), comments);
    t.canReply = true;
    t.contextValue = 'drillsReview';
    t.state = vscode.CommentThreadState.Unresolved;
    this.data.set(t, { drill, input, line, review });
    return t;
  }

  /** A reply in a thread asks the interviewer a follow-up in that context. */
  async reply(thread: vscode.CommentThread, text: string): Promise<string> {
    const data = this.data.get(thread);
    thread.comments = [...thread.comments, comment(text, 'You')];
    if (!data) return '';
    const messages = thread.comments.map(textOf);
    const { provider } = await this.provider();
    const answer = await this.reviewer.followUp(data.input, { line: data.line, messages }, text, provider, { review: data.review });
    thread.comments = [...thread.comments, comment(answer, provider ? 'Interviewer (model)' : 'Interviewer')];
    return answer;
  }

  /**
   * Ask the Interviewer: with a model configured, the model answers with the drill's interviewer notes
   * as ground truth (and the checklist's offline answer if it fails); otherwise the notes answer offline.
   */
  async askInterviewer(drill: ActiveDrill, question: string): Promise<{ answer: string; fromModel: boolean }> {
    const doc = await vscode.workspace.openTextDocument(drill.solution);
    const { provider } = await this.provider();
    const answer = await this.reviewer.followUp(this.inputFor(drill, doc), { line: 0, messages: [] }, question, provider);
    return { answer, fromModel: provider !== undefined && !/\(The model could not answer/.test(answer) };
  }

  /** Replies in the thread on a line (the API the reply button uses, addressable for tests). */
  async replyAt(uri: vscode.Uri, line: number, text: string): Promise<string | undefined> {
    const thread = (this.threads.get(uri.toString()) ?? []).find((t) => t.range && t.range.start.line + 1 === line && t.label !== 'Interview Drills review');
    return thread ? this.reply(thread, text) : undefined;
  }

  resolve(thread: vscode.CommentThread): void {
    thread.state = vscode.CommentThreadState.Resolved;
    thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
  }

}

/** Review threads, their replies, the API key and Ask the Interviewer. */
export function registerReview(context: vscode.ExtensionContext, services: Pick<Services, 'commands' | 'config' | 'sessions' | 'timer' | 'journal' | 'questions'> & { readonly testing: DrillTesting }): ReviewComments {
  const comments = new ReviewComments({ ...services, secrets: context.secrets });
  context.subscriptions.push(comments);
  const { commands, config } = services;
  commands.register(Command.Review, () => comments.review());
  commands.register(Command.ReviewReply, (reply: vscode.CommentReply) => comments.reply(reply.thread, reply.text));
  commands.register(Command.ReviewResolve, (thread: vscode.CommentThread) => comments.resolve(thread));
  // The active file's threads (the review you are looking at); other files keep theirs.
  commands.register(Command.ReviewClear, () => {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const n = uri ? comments.threadsOf(uri).length : 0;
    if (!uri || n === 0) {
      void vscode.window.showInformationMessage('Interview Drills: the active file has no review comments to clear.');
      return { cleared: 0 };
    }
    comments.clear(uri);
    const name = uri.path.split('/').pop() ?? uri.toString();
    void vscode.window.showInformationMessage(`Interview Drills: cleared ${n} review thread${n === 1 ? '' : 's'} on ${name}; other files keep theirs.`);
    return { cleared: n, file: uri.fsPath };
  });
  commands.register(Command.SetApiKey, async () => {
    const endpoint = config.current.review.baseUrl;
    const key = await vscode.window.showInputBox({
      title: `API key for ${endpoint}`,
      prompt: 'Stored in VS Code\'s secret storage, never in settings, and sent only to this endpoint (you are asked before it goes anywhere else). Local servers (Ollama, LM Studio) need none: leave empty to remove the key.',
      password: true,
      ignoreFocusOut: true,
    });
    if (key === undefined) return;
    await comments.setApiKey(key);
    void vscode.window.showInformationMessage(key.trim() ? `Interview Drills: API key saved in secret storage for ${endpoint}.` : 'Interview Drills: API key removed.');
  });
  // A question (tests), { questionId } from the prompt tab, or nothing (palette, CodeLens): asks for the question.
  commands.register(Command.AskInterviewer, async (arg?: unknown) => {
    const named = typeof arg === 'object' && arg !== null ? (arg as { questionId?: unknown }).questionId : undefined;
    const current = activeDrill(services.sessions);
    const drill = typeof named === 'string' && current?.question.id !== named ? undefined : current;
    const question = drill?.question ?? (typeof named === 'string' ? services.questions.bank.byId(named) : undefined);
    if (!question) {
      void vscode.window.showInformationMessage('Interview Drills: start a drill first, then ask the interviewer your clarifying questions.');
      return undefined;
    }
    const asked = typeof arg === 'string' ? arg : await vscode.window.showInputBox({
      title: `Ask the interviewer: ${question.title}`,
      prompt: 'A clarifying question, e.g. "Can the input be empty?" The answer is kept in the prompt tab.',
      ignoreFocusOut: true,
    });
    if (!asked?.trim()) return undefined;
    const reply = askInterviewer(question, asked);
    // The model needs the drill's file for context; a prompt tab of a drill not open in an editor gets the notes' answer.
    const viaModel = drill ? await comments.askInterviewer(drill, asked) : { answer: reply.answer, fromModel: false };
    const answer = viaModel.fromModel ? viaModel.answer : reply.answer;
    await services.journal.ask(question.id, { question: asked.trim(), answer, fromModel: viaModel.fromModel, at: Date.now() });
    void vscode.window
      .showInformationMessage(`Interviewer${viaModel.fromModel ? ' (model)' : ''}: ${answer} (Kept in the prompt tab.)`, 'Ask Another', 'Show Prompt')
      .then((p) => p === 'Ask Another' ? vscode.commands.executeCommand(Command.AskInterviewer, { questionId: question.id }) : p === 'Show Prompt' ? vscode.commands.executeCommand(Command.ShowPrompt) : undefined);
    return { ...reply, answer, fromModel: viaModel.fromModel };
  });
  return comments;
}
