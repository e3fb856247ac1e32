import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as path from 'path';

// The README's difficulty scale, where it can be checked mechanically: a label promises a timer band
// (how long an interview gives that kind of problem). The other half of the scale, the label of a
// drill's classic equivalent on the practice sites, is a judgement made when writing the drill: no
// field in the question format records it, so no test can check it. Behavioral questions all get
// the same short timer (a STAR answer is a few minutes whatever its difficulty), so only their label
// set is checked.
const root = path.resolve(__dirname, '../../../..');

interface Listed {
  id: string;
  topic: string;
  kind: string;
  difficulty: 'easy' | 'medium' | 'hard';
  minutes: number;
}

const BANDS: Record<string, Record<Listed['difficulty'], [number, number] | undefined>> = {
  coding: { easy: [10, 15], medium: [15, 30], hard: [30, 45] },
  sql: { easy: [10, 15], medium: [15, 30], hard: [30, 45] },
  'system-design': { easy: undefined, medium: [40, 45], hard: [45, 60] },
};

describe('difficulty scale', () => {
  const r = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'list', '--json'], { encoding: 'utf8', cwd: root });
  const questions = (JSON.parse(r.stdout) as { questions: Listed[] }).questions;

  it('gives every coding, SQL and design drill a timer inside its label\'s band', () => {
    const off: string[] = [];
    for (const q of questions) {
      const bands = BANDS[q.kind];
      if (!bands) continue;
      const band = bands[q.difficulty];
      if (!band) off.push(`${q.id}: ${q.kind} drills are not labelled ${q.difficulty}`);
      else if (q.minutes < band[0] || q.minutes > band[1]) off.push(`${q.id}: ${q.difficulty} means ${band[0]}-${band[1]} minutes, the timer says ${q.minutes}`);
    }
    assert.deepEqual(off, []);
  });

  it('keeps a real spread in algorithms: each label at least 15% of the drills', () => {
    const algos = questions.filter((q) => q.topic === 'algorithms');
    for (const d of ['easy', 'medium', 'hard'] as const) {
      const n = algos.filter((q) => q.difficulty === d).length;
      assert.ok(n >= 0.15 * algos.length, `${n} of ${algos.length} algorithms drills are ${d}`);
    }
  });
});
