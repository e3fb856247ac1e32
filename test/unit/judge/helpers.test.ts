import * as assert from 'node:assert/strict';
import { spawn } from 'child_process';
import { leftoverProcesses } from './helpers';

describe('test helpers: leftover processes', () => {
  it('sees only processes this test process started, never another judge on the machine', async function () {
    if (process.platform !== 'linux') this.skip();
    const sleeper = (folder: string) => spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)', folder], { stdio: 'ignore' });
    // Another program's judge (its run folder names another pid), and one of ours.
    const foreign = sleeper('/tmp/drills-run-1-foreign');
    const ours = sleeper(`/tmp/drills-run-${process.pid}-ours`);
    try {
      await new Promise((r) => setTimeout(r, 200));
      const found = leftoverProcesses();
      assert.ok(found.some((l) => l.startsWith(`${ours.pid} `)), found.join('\n'));
      assert.ok(!found.some((l) => l.startsWith(`${foreign.pid} `)), 'another judge is not this test\'s leftover');
    } finally {
      foreign.kill('SIGKILL');
      ours.kill('SIGKILL');
    }
  });
});
