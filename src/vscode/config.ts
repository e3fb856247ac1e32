import * as vscode from 'vscode';
import { Disposable } from './lifecycle';
import { buildConfig, defaultEnvironment, RESTRICTED_SETTINGS, SECTION, type DrillsConfig, type SettingKey } from './settings';

export { RESTRICTED_SETTINGS, type DrillsConfig } from './settings';

/** A setting's value; for a restricted one in an untrusted workspace, only the user's value or the default. */
function reader(c: vscode.WorkspaceConfiguration): (key: SettingKey) => unknown {
  return (key) => {
    if (vscode.workspace.isTrusted || !RESTRICTED_SETTINGS.includes(key)) return c.get<unknown>(key);
    const i = c.inspect<unknown>(key);
    return i?.globalValue ?? i?.defaultValue;
  };
}

/** Reads the settings now, as a typed snapshot. */
export function readConfig(): DrillsConfig {
  return buildConfig(reader(vscode.workspace.getConfiguration(SECTION)), defaultEnvironment(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath));
}

/**
 * The settings as one typed snapshot, rebuilt when a setting, workspace trust or the workspace
 * folders change; `onDidChange` tells features what changed (old and new snapshot).
 */
export class Config extends Disposable {
  private snapshot = readConfig();
  private readonly changed = this._register(new vscode.EventEmitter<{ readonly previous: DrillsConfig; readonly current: DrillsConfig }>());
  readonly onDidChange = this.changed.event;

  constructor() {
    super();
    this._register(vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SECTION) && this.rebuild()));
    this._register(vscode.workspace.onDidGrantWorkspaceTrust(() => this.rebuild()));
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.rebuild()));
  }

  get current(): DrillsConfig {
    return this.snapshot;
  }

  private rebuild(): void {
    const previous = this.snapshot;
    this.snapshot = readConfig();
    this.changed.fire({ previous, current: this.snapshot });
  }
}
