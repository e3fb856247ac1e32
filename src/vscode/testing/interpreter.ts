import { execFile } from 'child_process';
import * as vscode from 'vscode';
import { readConfig } from '../config';

interface PythonExtensionApi {
  environments?: {
    getActiveEnvironmentPath(resource?: vscode.Uri): { path: string };
    resolveEnvironment(env: { path: string }): Promise<{ executable?: { uri?: vscode.Uri } } | undefined>;
  };
}

/**
 * The Python interpreter for solutions: the setting, else the Python extension's active interpreter,
 * else python3 on PATH. Resolved to the real binary once per path: a pyenv shim costs ~300 ms a start.
 */
export class PythonResolver {
  private cache = new Map<string, Promise<string>>();

  async resolve(resource?: vscode.Uri): Promise<string> {
    const candidate = readConfig().pythonPath || (await this.fromPythonExtension(resource)) || 'python3';
    let real = this.cache.get(candidate);
    if (!real) {
      real = realExecutable(candidate);
      this.cache.set(candidate, real);
      real.catch(() => this.cache.delete(candidate));
    }
    return real;
  }

  private async fromPythonExtension(resource?: vscode.Uri): Promise<string | undefined> {
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
}

function realExecutable(python: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(python, ['-c', 'import sys; print(sys.executable)'], { timeout: 10_000, env: { ...process.env, PYTHONIOENCODING: 'utf-8' } }, (err, stdout) => {
      if (err) reject(new Error(`Python was not found ("${python}"). Install Python 3, or set "interviewDrills.pythonPath".`));
      else resolve(stdout.trim() || python);
    });
  });
}
