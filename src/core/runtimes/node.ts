// What the Node.js-hosted runtimes share: the harness file and the process plan around it.
import { writeFileSync } from 'fs';
import * as path from 'path';
import type { MemoryEngine, Platform } from '../platform';
import nodeHarness from './harness/harness.cjs';
import { DEFAULT_CHANNELS, scrubbedEnv, type ProcessPlan, type Toolchain, type ToolchainContext } from './types';

/** Node needs no install: the judge's own (VS Code's, in the extension). */
export function nodeToolchain(ctx: ToolchainContext): Promise<Toolchain> {
  return Promise.resolve({ command: ctx.nodePath, env: ctx.nodeEnv });
}

export interface NodePlanInput {
  readonly dir: string;
  readonly toolchain: Toolchain;
  readonly platform: Platform;
  readonly memoryMb: number;
  readonly engine?: MemoryEngine;
  /** Harness config: driver, file, entry… */
  readonly config: Readonly<Record<string, unknown>>;
}

/** Writes the Node harness into the run's folder and plans its process under the platform's memory limit. */
export async function nodePlan(o: NodePlanInput): Promise<ProcessPlan> {
  const harness = path.join(o.dir, 'harness.cjs');
  writeFileSync(harness, nodeHarness);
  const mem = o.platform.memoryLimit(o.memoryMb, o.engine ?? 'node');
  const nodeArgs = [...mem.nodeArgs, '--enable-source-maps', '--unhandled-rejections=warn', harness];
  const [wrapper, ...wrapperArgs] = mem.prefix;
  return {
    command: wrapper ?? o.toolchain.command,
    args: wrapper ? [...wrapperArgs, o.toolchain.command, ...nodeArgs] : nodeArgs,
    env: scrubbedEnv(o.dir, o.toolchain.env),
    cwd: o.dir,
    config: { ...o.config, memory: mem.harness },
    channels: DEFAULT_CHANNELS,
  };
}
