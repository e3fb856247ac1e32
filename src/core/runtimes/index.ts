import * as path from 'path';
import type { Kind } from '../model';
import { cpp } from './cpp';
import { go } from './go';
import { java } from './java';
import { javascript } from './javascript';
import { python } from './python';
import { sql } from './sql';
import type { Language, Runtime } from './types';
import { typescript } from './typescript';

export * from './types';

/** Every language, one entry each; the compiler lists a language without one. */
export const RUNTIMES: Readonly<Record<Language, Runtime>> = { javascript, typescript, python, sql, go, cpp, java };

/** The runtimes in a stable order (the picker's order). */
export const ALL_RUNTIMES: readonly Runtime[] = Object.values(RUNTIMES);

/** Runtimes that solve a question kind: the coding languages for `coding`, SQL for `sql`. */
export function runtimesFor(kind: Kind): Runtime[] {
  return ALL_RUNTIMES.filter((r) => r.kinds.includes(kind));
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(RUNTIMES, value);
}

/** The runtime of a solution file, by its extension. */
export function runtimeForFile(fileName: string): Runtime | undefined {
  const ext = path.extname(fileName).toLowerCase();
  return ALL_RUNTIMES.find((r) => r.extensions.includes(ext));
}

/** Every file name a solution of that kind may have: to find an existing one in a drill's folder. */
export function solutionFileNames(kind: Kind): string[] {
  return runtimesFor(kind).map((r) => r.solutionFileName);
}

/** Whether drills of this kind have test cases a runtime can run (coding, SQL). */
export function isRunnable(kind: Kind): boolean {
  return ALL_RUNTIMES.some((r) => r.kinds.includes(kind));
}

/** The language a drill of this kind is answered in when nothing else says (the first runtime that solves it). */
export function defaultLanguage(kind: Kind): Language {
  return (runtimesFor(kind)[0] ?? ALL_RUNTIMES[0]!).id;
}
