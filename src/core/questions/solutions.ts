import * as path from 'path';
import type { Question, SolutionLanguage } from '../model';

/** Reference and wrong solutions live in a folder named after the question id, beside its YAML file. */
export function solutionFolderOf(q: Question): string {
  return path.join(path.dirname(q.file), q.id);
}

export function referenceSolutionPath(q: Question, language: SolutionLanguage): string | undefined {
  const file = q.solutions[language];
  return file ? path.join(solutionFolderOf(q), file) : undefined;
}

export function solutionFilesOf(q: Question): { references: { language: SolutionLanguage; file: string }[]; wrong: { language: SolutionLanguage; file: string; expect?: string }[] } {
  const folder = solutionFolderOf(q);
  const references = (Object.entries(q.solutions) as [SolutionLanguage, string][]).map(([language, file]) => ({ language, file: path.join(folder, file) }));
  const wrong = q.wrongSolutions.map((w) => ({ language: w.language, file: path.join(folder, w.file), ...(w.expect ? { expect: w.expect } : {}) }));
  return { references, wrong };
}
