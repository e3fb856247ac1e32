import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as path from 'path';

const root = path.resolve(__dirname, '../../../..');
const cli = path.join(root, 'dist', 'cli.js');
const fixtures = path.join(root, 'test/unit/questions/fixtures');

function drills(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('drills CLI', () => {
  it('validate prints path:line:col lines and exits 1 on errors', () => {
    const r = drills('validate', path.join(fixtures, 'malformed'));
    assert.equal(r.code, 1);
    assert.match(r.stderr, /missing-expected\.yaml:11:5: "tests\[0\]\.expected" is missing/);
    assert.match(r.stderr, /unknown-topic\.yaml:4:1: unknown topic "cooking"/);
  });

  it('validate exits 0 for good files and 2 for bad usage', () => {
    assert.equal(drills('validate', path.join(fixtures, 'good')).code, 0);
    assert.equal(drills('validate', '--frobnicate').code, 2);
  });

  it('validate --json reports every diagnostic', () => {
    const r = drills('validate', path.join(fixtures, 'malformed'), '--json');
    const report = JSON.parse(r.stdout) as { errors: number; diagnostics: { file: string; line: number }[] };
    assert.ok(report.errors >= 10);
    assert.ok(report.diagnostics.every((d) => d.line >= 1));
  });

  it('list shows the built-in questions by topic, and --json has counts for all seven topics', () => {
    const r = drills('list', '--json');
    assert.equal(r.code, 0);
    const out = JSON.parse(r.stdout) as { total: number; counts: Record<string, number>; questions: { id: string; topic: string }[] };
    assert.deepEqual(Object.keys(out.counts).sort(), ['algorithms', 'api-design', 'auth', 'behavioral', 'concurrency', 'databases', 'system-design']);
    assert.equal(out.total, out.questions.length);
    assert.ok(out.total > 0, 'the built-in packs load');
    const topic = drills('list', '--topic', 'algorithms', '--json');
    const algos = JSON.parse(topic.stdout) as { questions: { topic: string }[] };
    assert.ok(algos.questions.every((q) => q.topic === 'algorithms'));
    assert.equal(drills('list', '--topic', 'cooking').code, 2);
  });

  it('show prints the prompt and only visible examples', () => {
    const r = drills('show', path.join(fixtures, 'good/algorithms/running-sum.yaml'));
    assert.equal(r.code, 0);
    assert.match(r.stdout, /# Running Sum/);
    assert.match(r.stdout, /runningSum\(\[1,2,3\]\) → \[1,3,6\]/);
    assert.match(r.stdout, /1 visible, 1 hidden/);
    assert.equal(drills('show', 'no-such-question').code, 2);
  });

  it('unknown commands are usage errors', () => {
    const r = drills('frobnicate');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown command/);
  });
});
