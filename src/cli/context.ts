import * as fs from 'fs';
import * as path from 'path';
import { loadBank, type PackFolder, type QuestionBank } from '../core/questions/bank';
import { loadQuestionFile } from '../core/questions/loader';
import { formatDiagnostic, type Diagnostic, type Question } from '../core/model';
import { UsageError } from './types';

/** The built-in packs ship beside the bundle: dist/cli.js → ../questions. */
export function builtinQuestionsDir(): string {
  const candidates = [path.join(__dirname, '..', 'questions'), path.join(__dirname, '..', '..', 'questions')];
  return candidates.find((c) => fs.existsSync(c)) ?? candidates[0]!;
}

export async function openBank(extraDirs: readonly string[] = []): Promise<{ bank: QuestionBank; diagnostics: Diagnostic[] }> {
  const folders: PackFolder[] = [
    { dir: builtinQuestionsDir(), source: 'builtin' },
    ...extraDirs.map((dir) => ({ dir, source: 'user' as const })),
  ];
  return loadBank(folders);
}

/** A question by id from the bank, or loaded directly from a YAML path. */
export async function resolveQuestion(bank: QuestionBank, idOrFile: string, cwd: string): Promise<Question> {
  if (/\.ya?ml$/i.test(idOrFile)) {
    const file = path.resolve(cwd, idOrFile);
    const r = await loadQuestionFile(file, 'user');
    if (!r.question) {
      const errors = r.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
      throw new UsageError(`${idOrFile} is not a valid question:\n${errors.join('\n')}`);
    }
    return r.question;
  }
  const q = bank.byId(idOrFile);
  if (!q) throw new UsageError(`unknown question "${idOrFile}" (see: drills list)`);
  return q;
}
