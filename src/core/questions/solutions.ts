import { promises as fs } from 'fs';
import * as path from 'path';
import type { Question, Language } from '../model';
import { ALL_RUNTIMES } from '../runtimes';

/** Reference and wrong solutions live in a folder named after the question id, beside its YAML file. */
export function solutionFolderOf(q: Question): string {
  return path.join(path.dirname(q.file), q.id);
}

/**
 * Why a solution path written in a pack is not a plain file name inside the question's folder, or
 * undefined when it is. Checked on the text, for every platform's notation: no absolute path, drive
 * or UNC prefix, no `..` segment, no NUL.
 */
export function solutionPathProblem(rel: string): string | undefined {
  if (rel.includes('\0')) return 'contains a NUL character';
  if (path.posix.isAbsolute(rel) || path.win32.isAbsolute(rel) || /^[A-Za-z]:/.test(rel)) return 'is an absolute path';
  if (rel.split(/[\\/]/).some((segment) => segment === '..')) return 'leaves the folder with ".."';
  return undefined;
}

export function referenceSolutionPath(q: Question, language: Language): string | undefined {
  const file = q.solutions[language];
  return file ? path.join(solutionFolderOf(q), file) : undefined;
}

export function solutionFilesOf(q: Question): {
  references: { language: Language; file: string }[];
  wrong: { language: Language; file: string; expect?: string }[];
  alternatives: { language: Language; file: string }[];
} {
  const folder = solutionFolderOf(q);
  const references = (Object.entries(q.solutions) as [Language, string][]).map(([language, file]) => ({ language, file: path.join(folder, file) }));
  const wrong = q.wrongSolutions.map((w) => ({ language: w.language, file: path.join(folder, w.file), ...(w.expect ? { expect: w.expect } : {}) }));
  const alternatives = q.alternativeSolutions.map((a) => ({ language: a.language, file: path.join(folder, a.file) }));
  return { references, wrong, alternatives };
}

/**
 * A solution file of the question, only if it really lies inside the question's folder once links
 * are resolved (a symlink cannot point out of the pack) and is a regular file. `file` is a path from
 * solutionFilesOf or referenceSolutionPath.
 */
export async function checkSolutionFile(q: Question, file: string): Promise<{ file: string } | { problem: string }> {
  const folder = solutionFolderOf(q);
  const shown = path.relative(path.dirname(q.file), file);
  const lexical = path.relative(folder, file);
  const problem = solutionPathProblem(lexical);
  if (problem) return { problem: `solution file ${shown} ${problem}` };
  let real: string;
  let realFolder: string;
  try {
    realFolder = await fs.realpath(folder);
    real = await fs.realpath(file);
  } catch {
    return { problem: `solution file not found: ${shown}` };
  }
  const inside = path.relative(realFolder, real);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return { problem: `solution file ${shown} points outside the pack (to ${real})` };
  const stat = await fs.stat(real);
  if (!stat.isFile()) return { problem: `solution file ${shown} is not a regular file` };
  return { file: real };
}

/**
 * Every run of a reference solution that `validate --strict` makes: each reference in its own
 * language, and again in every other runtime that reads that language and has no reference of its
 * own (a JavaScript reference also runs as TypeScript).
 */
export function referenceRuns(q: Question): { language: Language; file: string }[] {
  const { references } = solutionFilesOf(q);
  return [
    ...references,
    ...references.flatMap((r) => ALL_RUNTIMES.filter((rt) => rt.id !== r.language && rt.sourceLanguages.includes(r.language) && !q.solutions[rt.id]).map((rt) => ({ ...r, language: rt.id }))),
  ];
}

/** Languages a drill has a proven reference in: a reference run of `validate --strict` for a runtime that supports the drill. */
export function referenceLanguages(q: Question): Language[] {
  const out: Language[] = [];
  for (const r of referenceRuns(q)) if (!out.includes(r.language) && ALL_RUNTIMES.find((rt) => rt.id === r.language)?.supports(q) === true) out.push(r.language);
  return out;
}
