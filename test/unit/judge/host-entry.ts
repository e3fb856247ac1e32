// A minimal program that hosts the judge the way the extension host does (no signal handling), for
// the lifeline test: `node host-entry.js question.yaml solution.js`.
import * as fs from 'fs';
import { Judge } from '../../../src/core/judge';
import { loadQuestionFile } from '../../../src/core/questions/loader';

async function main(yaml: string, solution: string): Promise<void> {
  const q = (await loadQuestionFile(yaml, 'user')).question;
  if (!q) throw new Error(`${yaml} is not a valid question`);
  await new Judge({ nodePath: process.execPath }).run(q, { language: 'javascript', code: fs.readFileSync(solution, 'utf8') }, { mode: 'run', trusted: true });
}

if (require.main === module) void main(process.argv[2] ?? '', process.argv[3] ?? '');
