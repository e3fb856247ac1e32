import * as path from 'path';
import * as vscode from 'vscode';
import { loadBank, QuestionBank, type PackFolder } from '../core/questions/bank';
import { compiledBankPath } from '../core/questions/compiled';
import { PackCache, runningLoaderStamp } from '../core/questions/packCache';
import type { Diagnostic } from '../core/model';
import type { Config } from './config';
import { Disposable } from './lifecycle';

/** Owns the loaded question bank: built-in packs, user pack folders and (trusted only) the workspace `.drills/`. */
export class QuestionService extends Disposable {
  private current = new QuestionBank([]);
  private lastDiagnostics: readonly Diagnostic[] = [];
  private readonly changed = this._register(new vscode.EventEmitter<QuestionBank>());
  readonly onDidChange = this.changed.event;
  private readonly problems = this._register(vscode.languages.createDiagnosticCollection('interview-drills'));
  private watchers: vscode.Disposable[] = [];
  private reloadTimer: NodeJS.Timeout | undefined;
  private loading: Promise<QuestionBank> | undefined;
  /** User and workspace pack files by stamp: a reload or the next session parses only the files that changed. */
  private readonly cache: PackCache;

  /** `cacheDir` keeps parsed pack files between sessions (a folder in the extension's storage). */
  constructor(
    private readonly builtinDir: string,
    private readonly config: Config,
    cacheDir?: string,
  ) {
    super();
    this.cache = new PackCache({ ...(cacheDir ? { dir: cacheDir } : {}), loader: runningLoaderStamp() });
    this._register({
      dispose: () => {
        if (this.reloadTimer) clearTimeout(this.reloadTimer);
        for (const w of this.watchers) w.dispose();
      },
    });
    this._register(
      config.onDidChange(({ previous, current }) => {
        if (JSON.stringify(previous.packFolders) !== JSON.stringify(current.packFolders)) this.scheduleReload();
      }),
    );
    this._register(vscode.workspace.onDidGrantWorkspaceTrust(() => this.scheduleReload()));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.scheduleReload()));
  }

  get bank(): QuestionBank {
    return this.current;
  }

  get diagnostics(): readonly Diagnostic[] {
    return this.lastDiagnostics;
  }

  /** The pack folders in load order; workspace packs only when the workspace is trusted. */
  folders(): PackFolder[] {
    const folders: PackFolder[] = [{ dir: this.builtinDir, source: 'builtin', compiled: compiledBankPath(this.builtinDir) }];
    if (vscode.workspace.isTrusted) {
      for (const dir of this.config.current.packFolders) folders.push({ dir, source: 'user' });
      for (const ws of vscode.workspace.workspaceFolders ?? []) folders.push({ dir: path.join(ws.uri.fsPath, '.drills'), source: 'workspace' });
    }
    return folders;
  }

  reload(): Promise<QuestionBank> {
    this.loading ??= this.doReload().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async doReload(): Promise<QuestionBank> {
    const folders = this.folders();
    const { bank, diagnostics } = await loadBank(folders, this.cache);
    this.current = bank;
    this.lastDiagnostics = diagnostics;
    this.publish(diagnostics);
    this.watch(folders.filter((f) => f.source !== 'builtin'));
    this.changed.fire(bank);
    return bank;
  }

  private publish(diagnostics: readonly Diagnostic[]): void {
    this.problems.clear();
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const d of diagnostics) {
      const pos = new vscode.Position(Math.max(0, d.line - 1), Math.max(0, d.col - 1));
      const diag = new vscode.Diagnostic(new vscode.Range(pos, pos.translate(0, 1)), d.message, d.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
      diag.source = 'Interview Drills';
      const list = byFile.get(d.file) ?? [];
      list.push(diag);
      byFile.set(d.file, list);
    }
    for (const [file, list] of byFile) this.problems.set(vscode.Uri.file(file), list);
  }

  private watch(folders: readonly PackFolder[]): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const f of folders) {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(f.dir), '**/*.{yaml,yml,js,ts,py,sql}'));
      watcher.onDidChange(() => this.scheduleReload());
      watcher.onDidCreate(() => this.scheduleReload());
      watcher.onDidDelete(() => this.scheduleReload());
      this.watchers.push(watcher);
    }
  }

  private scheduleReload(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => void this.reload(), 300);
  }
}
