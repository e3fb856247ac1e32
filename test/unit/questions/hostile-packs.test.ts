import * as assert from 'node:assert/strict';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '../../../..');
const cli = path.join(root, 'dist', 'cli.js');

function drills(args: string[], opts: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): { code: number | null; stdout: string; stderr: string; signal: NodeJS.Signals | null } {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: root, timeout: opts.timeoutMs ?? 20_000, env: { ...process.env, ...opts.env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
}

describe('hostile packs', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-hostile-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a FIFO given as a question file instead of waiting on it forever', function () {
    if (process.platform === 'win32') this.skip(); // no named pipes in the file system there
    const fifo = path.join(dir, 'pipe.yaml');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0, 'mkfifo works');
    const r = drills(['validate', fifo], { timeoutMs: 10_000 });
    assert.equal(r.signal, null, 'validate returned instead of hanging');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /pipe\.yaml:1:1: not a regular file \(a named pipe\); a question file must be a regular file/);
    const show = drills(['show', fifo], { timeoutMs: 10_000 });
    assert.equal(show.signal, null);
    assert.equal(show.code, 2);
    assert.match(show.stderr, /not a regular file/);
  });

  it('refuses a folder named like a question file with a clear message', () => {
    const folder = path.join(dir, 'folder.yaml');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'x.txt'), 'not yaml');
    const r = drills(['show', folder]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not a regular file \(a folder\)/);
  });
});
