import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { brief, describeInput } from '../../../src/core/judge/input';
import { makeJudge, question } from './helpers';

const root = path.resolve(__dirname, '../../../..');

const sumDrill = question(
  [
    'kind: coding',
    'function: runningSum',
    'params: [nums]',
    'tests:',
    '  - { name: basic, args: [[1, 2, 3]], expected: [1, 3, 6] }',
    '  - { name: negatives, args: [[-1, -2]], expected: [-1, -3] }',
    '  - { name: hidden pair, args: [[5, 5]], expected: [5, 10], hidden: true }',
    '  - { name: hidden worst case, size: 100000, expectedSha256: "0000000000000000000000000000000000000000000000000000000000000000", hidden: true }',
    'scaling:',
    '  generator: "return [Array.from({ length: n }, (_, i) => i + 1)];"',
    '  sizes: [1000, 2000, 4000]',
  ].join('\n'),
);
const offByOne = 'function runningSum(nums) { const out = []; let t = 0; for (let i = 1; i < nums.length; i++) { t += nums[i]; out.push(t); } return out; }';

describe('failing inputs in sight', () => {
  it('writes a case\'s arguments the way LeetCode shows them, and a long list as its head and how many more', () => {
    const basic = sumDrill.tests[0]!;
    assert.deepEqual(describeInput(sumDrill, basic, 'javascript'), { text: 'nums = [1, 2, 3]', args: [[1, 2, 3]] });
    const long = Array.from({ length: 100_000 }, (_, i) => i);
    const text = brief(long);
    assert.equal(text, '[0, 1, 2, 3, 4, 5, 6, 7, … 99,992 more (100,000 in all)]');
    assert.match(brief('x'.repeat(5000)), /^"x{60}…" \(5,000 characters\)$/);
  });

  it('reports each visible case with its input, and a hidden one without it unless it is revealed', async () => {
    const judge = makeJudge();
    const solution = { language: 'javascript' as const, code: offByOne };
    const plain = await judge.run(sumDrill, solution, { mode: 'submit', trusted: true });
    const basic = plain.cases.find((c) => c.name === 'basic')!;
    assert.equal(basic.verdict, 'wrong-answer');
    assert.deepEqual(basic.input, { text: 'nums = [1, 2, 3]', args: [[1, 2, 3]] });
    assert.deepEqual(basic.expected, [1, 3, 6]);
    const hidden = plain.cases.find((c) => c.name === 'hidden pair')!;
    assert.equal(hidden.verdict, 'wrong-answer');
    assert.equal(hidden.input, undefined, 'a hidden case keeps its input');
    assert.equal(hidden.expected, undefined, 'and its expected answer');

    const revealed = await judge.run(sumDrill, solution, { mode: 'submit', trusted: true, reveal: 'failing' });
    const pair = revealed.cases.find((c) => c.name === 'hidden pair')!;
    assert.deepEqual(pair.input?.args, [[5, 5]]);
    assert.deepEqual(pair.expected, [5, 10]);
    const worst = revealed.cases.find((c) => c.name === 'hidden worst case')!;
    assert.equal(worst.verdict, 'wrong-answer');
    assert.equal(worst.input?.size, 100_000);
    assert.equal(worst.input?.args, undefined, 'a generated input is summarised, not copied');
    assert.equal(worst.input?.text, 'nums = [1, 2, 3, 4, 5, 6, 7, 8, … 99,992 more (100,000 in all)] (generated for n = 100,000)');
  });

  it('reveals one hidden case on request, generating a worst case\'s input again', async () => {
    const judge = makeJudge();
    const pair = await judge.revealCase(sumDrill, 'hidden pair', 'javascript');
    assert.deepEqual(pair, { input: { text: 'nums = [5, 5]', args: [[5, 5]] }, expected: [5, 10] });
    const worst = await judge.revealCase(sumDrill, 'hidden worst case', 'python');
    assert.match(worst.input.text, /^nums = \[1, 2, 3, 4, 5, 6, 7, 8, … 99,992 more \(100,000 in all\)\]/);
    assert.equal('expected' in worst, false, 'an answer known only by its fingerprint stays unknown');
  });

  it('drills run --json gives each case\'s args, and a hidden case\'s only with --reveal', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-inputs-'));
    try {
      const file = path.join(dir, 'solution.js');
      fs.writeFileSync(file, 'function pairWithSum(nums, target) { return [0, 0]; }\n');
      const run = (...flags: string[]) => {
        const r = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'run', 'two-sum-indices', file, '--submit', '--json', ...flags], { encoding: 'utf8', cwd: root });
        return JSON.parse(r.stdout) as { cases: { name: string; hidden: boolean; verdict: string; args?: unknown[]; input?: string; expected?: unknown }[] };
      };
      const plain = run();
      const visible = plain.cases.filter((c) => !c.hidden);
      assert.ok(visible.length > 0 && visible.every((c) => Array.isArray(c.args) && typeof c.input === 'string'), 'every visible case has its args');
      const hidden = plain.cases.filter((c) => c.hidden);
      assert.ok(hidden.length > 0 && hidden.every((c) => c.args === undefined && c.input === undefined && !('expected' in c)), 'no hidden input or answer without --reveal');
      const revealed = run('--reveal').cases.filter((c) => c.hidden && c.verdict !== 'accepted');
      assert.ok(revealed.length > 0 && revealed.every((c) => typeof c.input === 'string' && 'expected' in c), 'failing hidden cases with --reveal');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
