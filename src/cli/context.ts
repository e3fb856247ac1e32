import * as fs from 'fs';
import * as path from 'path';
import { loadBank, type PackFolder, type QuestionBank } from '../core/questions/bank';
import { compiledBankPath } from '../core/questions/compiled';
import { PackCache, runningLoaderStamp } from '../core/questions/packCache';
import { formatDiagnostic, type Diagnostic, type Question } from '../core/model';
import { cliCacheDir } from './cacheDir';
import { UsageError } from './types';

/** The built-in packs ship beside the bundle: dist/cli.js → ../questions. */
export function builtinQuestionsDir(): string {
  const candidates = [path.join(__dirname, '..', 'questions'), path.join(__dirname, '..', '..', 'questions')];
  return candidates.find((c) => fs.existsSync(c)) ?? candidates[0]!;
}

/** Pack files parsed by an earlier call and unchanged since come from the cache folder. */
function packCache(env: NodeJS.ProcessEnv): PackCache {
  return new PackCache({ dir: path.join(cliCacheDir(env), 'packs'), loader: runningLoaderStamp() });
}

export async function openBank(env: NodeJS.ProcessEnv, extraDirs: readonly string[] = []): Promise<{ bank: QuestionBank; diagnostics: Diagnostic[] }> {
  const builtin = builtinQuestionsDir();
  const folders: PackFolder[] = [
    { dir: builtin, source: 'builtin', compiled: compiledBankPath(builtin) },
    ...extraDirs.map((dir) => ({ dir, source: 'user' as const })),
  ];
  return loadBank(folders, packCache(env));
}

/** A question by id from the bank (opened only then), or loaded from a YAML path. */
export async function resolveQuestion(idOrFile: string, io: { readonly cwd: string; readonly env: NodeJS.ProcessEnv }): Promise<Question> {
  if (/\.ya?ml$/i.test(idOrFile)) {
    const file = path.resolve(io.cwd, idOrFile);
    const { result: r } = await packCache(io.env).load(file, 'user');
    if (!r.question) {
      const errors = r.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
      throw new UsageError(`${idOrFile} is not a valid question:\n${errors.join('\n')}`);
    }
    return r.question;
  }
  const q = (await openBank(io.env)).bank.byId(idOrFile);
  if (!q) throw new UsageError(`unknown question "${idOrFile}" (see: drills list)`);
  return q;
}
