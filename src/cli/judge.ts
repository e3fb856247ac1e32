import { Judge } from '../core/judge';
import * as path from 'path';
import type { Runtime } from '../core/runtimes';
import { cliCacheDir } from './cacheDir';

/** The environment variable that names a runtime's toolchain in the CLI: DRILLS_PYTHON, … */
export function toolchainVariable(runtime: Runtime): string {
  return `DRILLS_${runtime.id.toUpperCase()}`;
}

/** A judge for the command line: toolchains come from DRILLS_<LANGUAGE> variables, else the PATH. */
export function cliJudge(env: NodeJS.ProcessEnv): Judge {
  return new Judge({
    nodePath: process.execPath,
    // Compiled languages keep their builds by content beside the pack cache.
    cacheDir: path.join(cliCacheDir(env), 'builds'),
    toolchains: {
      configured: (r) => env[toolchainVariable(r)] || undefined,
      settingName: (r) => toolchainVariable(r),
    },
  });
}
