import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { KINDS } from '../../../src/core/kinds';
import { KIND_IDS } from '../../../src/core/model';
import { isRunnable, runtimesFor } from '../../../src/core/runtimes';

const root = path.resolve(__dirname, '../../../..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

describe('kinds: one entry per question kind', () => {
  it('has an entry for every kind, under its own id', () => {
    assert.deepEqual(Object.keys(KINDS).sort(), [...KIND_IDS].sort());
    for (const k of KIND_IDS) assert.equal(KINDS[k].id, k);
  });

  it('agrees with the runtimes: a kind is runnable exactly when a runtime solves it, and runnable kinds answer in a solution file', () => {
    for (const k of KIND_IDS) {
      assert.equal(KINDS[k].runnable, isRunnable(k), k);
      assert.equal(KINDS[k].answer.type === 'solution', runtimesFor(k).length > 0, k);
      assert.ok(Math.abs(KINDS[k].phases.reduce((a, p) => a + p.share, 0) - 1) < 1e-9, `${k}'s timer phases fill the drill`);
      assert.ok(KINDS[k].rubric.length >= 3, `${k} has a rubric`);
    }
  });

  it('keeps kind names out of the rest of the code (no comparisons on a kind\'s name)', () => {
    const offenders: string[] = [];
    for (const file of sources(path.join(root, 'src'))) {
      const rel = path.relative(root, file).split(path.sep).join('/');
      if (rel === 'src/core/kinds.ts') continue;
      fs.readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
        if (/[!=]==?\s*['"](coding|sql|system-design|behavioral)['"]|['"](coding|sql|system-design|behavioral)['"]\s*[!=]==?/.test(line)) offenders.push(`${rel}:${i + 1}: ${line.trim()}`);
      });
    }
    assert.deepEqual(offenders, []);
  });
});
