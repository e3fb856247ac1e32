import * as vscode from 'vscode';
import type { ToolchainSettings } from '../../core/judge';
import type { Language } from '../../core/model';
import type { Runtime } from '../../core/runtimes';
import type { Config } from '../config';

interface PythonExtensionApi {
  environments?: {
    getActiveEnvironmentPath(resource?: vscode.Uri): { path: string };
    resolveEnvironment(env: { path: string }): Promise<{ executable?: { uri?: vscode.Uri } } | undefined>;
  };
}

/** The Python extension's active interpreter for a resource, if the extension is installed. */
async function pythonExtensionInterpreter(resource?: vscode.Uri): Promise<string | undefined> {
  const ext = vscode.extensions.getExtension<PythonExtensionApi>('ms-python.python');
  if (!ext) return undefined;
  try {
    const api = ext.isActive ? ext.exports : await ext.activate();
    const envs = api.environments;
    if (!envs) return undefined;
    const env = await envs.resolveEnvironment(envs.getActiveEnvironmentPath(resource));
    return env?.executable?.uri?.fsPath;
  } catch {
    return undefined;
  }
}

/** Editor extensions that know a runtime's toolchain, by language. */
const EDITOR_TOOLCHAINS: Partial<Record<Language, (resource?: vscode.Uri) => Promise<string | undefined>>> = {
  python: pythonExtensionInterpreter,
};

/**
 * Toolchains as VS Code knows them: each runtime's setting (an explicit choice wins), else what an
 * editor extension suggests for the current drill's file, else the judge's own search of the PATH.
 */
export function editorToolchains(config: Config, resource: () => vscode.Uri | undefined): ToolchainSettings {
  return {
    configured: (r: Runtime) => (r.setting ? config.current.toolchains[r.setting] || undefined : undefined),
    settingName: (r: Runtime) => (r.setting ? `the "${r.setting}" setting` : `a ${r.label} toolchain on PATH`),
    suggested: (r: Runtime) => EDITOR_TOOLCHAINS[r.id]?.(resource()) ?? Promise.resolve(undefined),
  };
}
