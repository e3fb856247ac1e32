import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as path from 'path';

// The built-in bank, as `drills list --json` reports it, covers what backend interviews ask.
const root = path.resolve(__dirname, '../../../..');

interface Listed {
  id: string;
  title: string;
  topic: string;
  kind: string;
  difficulty: string;
  tests: number;
  hidden: number;
  tags: string[];
  scaling: boolean;
  signature?: unknown;
  languages: string[];
}

function listed(): { total: number; counts: Record<string, number>; questions: Listed[] } {
  const r = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'list', '--json'], { encoding: 'utf8', cwd: root });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as { total: number; counts: Record<string, number>; questions: Listed[] };
}

describe('built-in question bank coverage', () => {
  const bank = listed();

  it('has at least 190 drills, with the minimum per topic', () => {
    const minimum: Record<string, number> = { algorithms: 70, concurrency: 18, 'api-design': 14, databases: 22, auth: 16, 'system-design': 20, behavioral: 28 };
    for (const [topic, n] of Object.entries(minimum)) assert.ok(bank.counts[topic]! >= n, `${topic}: ${bank.counts[topic]} drills, want at least ${n}`);
    assert.ok(bank.total >= 190, `${bank.total} drills in all`);
  });

  it('gives every runnable drill at least 10 cases, 2 of them hidden', () => {
    for (const q of bank.questions.filter((x) => x.kind === 'coding' || x.kind === 'sql')) {
      assert.ok(q.tests >= 10 && q.hidden >= 2, `${q.id}: ${q.tests} cases, ${q.hidden} hidden`);
    }
  });

  it('types every function and class drill, so every language can call it; only drills made of per-language scripts have no signature', () => {
    const coding = bank.questions.filter((q) => q.kind === 'coding');
    const untyped = coding.filter((q) => q.signature === undefined).map((q) => q.id).sort();
    // Their cases are test scripts written for JavaScript and Python (promises, threads), not calls.
    assert.deepEqual(untyped, ['bounded-blocking-queue', 'promise-pool', 'readers-writer-lock']);
    for (const q of coding) assert.deepEqual(q.languages.filter((l) => ['javascript', 'typescript', 'python'].includes(l)), ['javascript', 'typescript', 'python'], q.id);
    // C++ needs the types (json too, as the harness's Json), and cannot run the per-language scripts;
    // the HS256 drill leaves C++ out on purpose (no HMAC in its standard library).
    for (const q of coding) assert.equal(q.languages.includes('cpp'), q.signature !== undefined && !['constant-time-equal', 'jwt-hs256-verify'].includes(q.id), q.id);
    assert.ok(coding.filter((q) => q.languages.includes('cpp')).length >= 70);
    // Java calls a drill through its signature (a drill with script cases written for JS and Python stays out).
    for (const q of coding) if (!q.signature) assert.ok(!q.languages.includes('java'), q.id);
    assert.ok(coding.filter((q) => q.languages.includes('java')).length >= 40, 'most typed drills can be answered in Java');
    // Go calls every typed drill too (a tuple of different types is a []any), except one whose script cases are written for JavaScript and Python.
    for (const q of coding) assert.equal(q.languages.includes('go'), q.signature !== undefined && q.id !== 'constant-time-equal', q.id);
  });

  it('lets at least 30 drills measure their complexity', () => {
    const measurable = bank.questions.filter((q) => q.scaling).map((q) => q.id);
    assert.ok(measurable.length >= 30, `${measurable.length} drills have a scaling generator`);
  });

  it('spreads algorithms over easy, medium and hard', () => {
    const algos = bank.questions.filter((q) => q.topic === 'algorithms');
    for (const d of ['easy', 'medium', 'hard']) assert.ok(algos.filter((q) => q.difficulty === d).length >= 9, `at least 9 ${d} algorithms drills`);
  });

  it('lets at least 80% of algorithms drills scale their input (Measure complexity or generated worst cases)', () => {
    const algos = bank.questions.filter((q) => q.topic === 'algorithms');
    const scaling = algos.filter((q) => q.scaling).length;
    assert.ok(scaling >= 0.8 * algos.length, `${scaling} of ${algos.length} algorithms drills have a scaling generator`);
  });

  it('asks the three source questions for each of the six technical topics, and the common behavioral ones', () => {
    const ids = new Set(bank.questions.filter((q) => q.topic === 'behavioral').map((q) => q.id));
    for (const topic of ['api-design', 'databases', 'system-design', 'auth', 'algorithms', 'concurrency']) {
      for (const kind of ['experience', 'approach', 'challenge']) assert.ok(ids.has(`${kind}-${topic}`), `${kind}-${topic}`);
    }
    for (const common of ['conflict-with-teammate', 'learning-from-failure', 'taking-ownership', 'mentoring-an-engineer', 'disagreeing-with-a-decision', 'tight-deadline']) assert.ok(ids.has(common), common);
  });

  it('has a system-design drill for each classic prompt', () => {
    const titles = bank.questions.filter((q) => q.topic === 'system-design').map((q) => q.title.toLowerCase()).join('\n');
    for (const topic of ['url shortener', 'rate limiter', 'news feed', 'chat', 'notification', 'file', 'autocomplete', 'ride', 'payment', 'metrics', 'cache', 'scheduler', 'crawler', 'ticket', 'leaderboard']) {
      assert.ok(titles.includes(topic), `a system-design drill about ${topic}`);
    }
  });
});
