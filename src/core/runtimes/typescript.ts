import type { Question } from '../model';
import { jsStarter, prepareNodeSolution } from './javascript';
import { nodeToolchain } from './node';
import { jsEntryLine, supportsProgram } from './starter';
import type { Runtime } from './types';

export const typescript: Runtime = {
  id: 'typescript',
  label: 'TypeScript',
  // As JavaScript: the same harness.
  valueCost: { number: 16, string: 32, list: 32 },
  description: 'transpiled at run time',
  extensions: ['.ts'],
  solutionFileName: 'solution.ts',
  kinds: ['coding'],
  comments: { line: '//', block: ['/*', '*/'] },
  sourceLanguages: ['typescript', 'javascript'],
  supports: (q: Question) => supportsProgram(q, typescript),
  // Only solution.ts: without it every drill's solution.ts and solution.js share one inferred project
  // and the same function name is reported as "Duplicate function implementation".
  editorFiles: [{ name: 'tsconfig.json', content: `${JSON.stringify({ compilerOptions: { target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true }, files: ['solution.ts'] }, null, 2)}\n` }],
  starter: (q: Question) => jsStarter(q, 'typescript', true),
  entryLine: jsEntryLine,
  find: nodeToolchain,
  prepare: (ctx) => prepareNodeSolution(ctx, 'typescript'),
};
