import * as assert from 'node:assert/strict';
import { spawn } from 'child_process';
import { createPlatform, realDeps, type PlatformDeps } from '../../../src/core/platform';

type Call = { command: string; args: readonly string[] };

/** A platform with its machine replaced: records commands and kills, answers from the given tables. */
function fake(os: NodeJS.Platform, o: { run?: (c: Call) => ReturnType<PlatformDeps['run']>; kill?: (pid: number, sig: NodeJS.Signals | 0) => void; proc?: Record<number, number>; dirs?: Record<string, string[]>; exists?: string[]; files?: Record<string, string> } = {}) {
  const calls: Call[] = [];
  const kills: [number, NodeJS.Signals | 0][] = [];
  /** Which /proc/<pid>/stat files were read. */
  const statReads: number[] = [];
  const platform = createPlatform({
    os,
    run: (command, args) => {
      calls.push({ command, args });
      return o.run ? o.run({ command, args }) : { status: 0, stdout: '', stderr: '' };
    },
    kill: (pid, sig) => {
      kills.push([pid, sig]);
      o.kill?.(pid, sig);
    },
    readDir: (dir) => {
      const listed = o.dirs?.[dir];
      if (listed) return listed;
      if (dir !== '/proc') throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return Object.keys(o.proc ?? {});
    },
    readFile: (file) => {
      const other = o.files?.[file];
      if (other !== undefined) return other;
      const pid = Number(/\/proc\/(\d+)\/stat/.exec(file)?.[1]);
      if (Number.isInteger(pid)) statReads.push(pid);
      const ppid = o.proc?.[pid];
      if (ppid === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return `${pid} (node (x) y) S ${ppid} ${pid} ${pid} 0 -1`;
    },
    exists: (file) => (o.exists ?? []).includes(file),
  });
  return { platform, calls, kills, statReads };
}

/** /proc/loadavg and /proc/stat saying `tasks` exist, `lastPid` was handed out last, `forks` were created since boot. */
function numbering(files: Record<string, string>, o: { tasks: number; lastPid: number; forks: number }): void {
  files['/proc/loadavg'] = `0.10 0.20 0.30 1/${o.tasks} ${o.lastPid}\n`;
  files['/proc/stat'] = `cpu  1 2 3 4\nintr 5 6\nctxt 7\nbtime 8\nprocesses ${o.forks}\nprocs_running 1\n`;
}

const esrch = (): never => {
  throw Object.assign(new Error('kill ESRCH'), { code: 'ESRCH' });
};

describe('platform: Windows', () => {
  it('stops a process tree with taskkill /T /F, never with a process-group kill', () => {
    const { platform, calls, kills } = fake('win32', { run: () => ({ status: 0, stdout: 'SUCCESS: The process with PID 42 has been terminated.\r\nSUCCESS: The process with PID 43 has been terminated.', stderr: '' }) });
    const r = platform.killTree(42);
    assert.deepEqual(calls, [{ command: 'taskkill', args: ['/PID', '42', '/T', '/F'] }]);
    assert.deepEqual(kills, [], 'process.kill(-pid) throws on Windows: it must not be used');
    assert.deepEqual(r, { ok: true, killed: 2 });
  });

  it('treats "not found" as already stopped, and reports any other failure', () => {
    const gone = fake('win32', { run: () => ({ status: 128, stdout: '', stderr: 'ERROR: The process "42" not found.' }) }).platform.killTree(42);
    assert.deepEqual(gone, { ok: true, killed: 0 });
    const denied = fake('win32', { run: () => ({ status: 1, stdout: '', stderr: 'ERROR: Access is denied.' }) }).platform.killTree(42);
    assert.equal(denied.ok, false);
    assert.match(!denied.ok ? denied.error : '', /taskkill \/PID 42 \/T \/F failed \(1\): ERROR: Access is denied\./);
    const missing = fake('win32', { run: () => ({ status: null, stdout: '', stderr: '', error: new Error('spawn taskkill ENOENT') }) }).platform.killTree(42);
    assert.deepEqual(missing, { ok: false, error: 'could not run taskkill: spawn taskkill ENOENT' });
  });

  it('spawns without a process group or a console window', () => {
    assert.deepEqual(fake('win32').platform.spawnOptions(), { windowsHide: true });
  });

  it('limits memory with the heap flag and the harness\'s resident-memory check (no rlimits on Windows)', () => {
    const { platform } = fake('win32', { exists: ['/usr/bin/prlimit'] });
    const node = platform.memoryLimit(256, 'node');
    assert.deepEqual(node.prefix, []);
    assert.deepEqual(node.nodeArgs, ['--max-old-space-size=256']);
    assert.ok((node.harness.rssMb ?? 0) > 256);
    const py = platform.memoryLimit(256, 'python');
    assert.equal(py.harness.addressSpaceMb, undefined);
    assert.ok((py.harness.rssMb ?? 0) > 256);
  });

  it('looks for Python as the setting alone, else the editor\'s, python3, python and py -3', () => {
    const { platform } = fake('win32');
    assert.deepEqual(platform.pythonCandidates('C:\\Py\\python.exe', 'D:\\venv\\python.exe'), [{ command: 'C:\\Py\\python.exe', args: [], source: 'setting' }]);
    assert.deepEqual(
      platform.pythonCandidates(undefined, 'D:\\venv\\python.exe').map((c) => [c.command, ...c.args].join(' ')),
      ['D:\\venv\\python.exe', 'python3', 'python', 'py -3'],
    );
  });
});

describe('platform: macOS', () => {
  it('kills the process group and descendants found with ps, including one that left the group', () => {
    const { platform, calls, kills } = fake('darwin', {
      run: () => ({ status: 0, stdout: '  1     0\n 100     1\n 101   100\n 102   101\n 555     1\n', stderr: '' }),
    });
    const r = platform.killTree(100);
    assert.deepEqual(calls, [{ command: 'ps', args: ['-A', '-o', 'pid=,ppid='] }]);
    assert.deepEqual(kills, [[-100, 'SIGKILL'], [100, 'SIGKILL'], [101, 'SIGKILL'], [102, 'SIGKILL']]);
    assert.equal(r.ok, true);
  });

  it('reports a kill it could not do instead of swallowing it', () => {
    const { platform } = fake('darwin', {
      run: () => ({ status: 0, stdout: '100 1\n101 100\n', stderr: '' }),
      kill: (pid) => {
        if (pid === 101) throw Object.assign(new Error('kill EPERM'), { code: 'EPERM' });
        if (pid === -100) esrch();
      },
    });
    const r = platform.killTree(100);
    assert.deepEqual(r, { ok: false, error: 'could not stop process 101: EPERM' });
  });

  it('uses the heap flag and an RSS check for Node, and an RSS check for Python (RLIMIT_AS is not enforced)', () => {
    const { platform } = fake('darwin', { exists: ['/usr/bin/prlimit'] });
    assert.deepEqual(platform.memoryLimit(128, 'node').prefix, [], 'prlimit is Linux-only');
    assert.ok(platform.memoryLimit(128, 'node').harness.rssMb);
    assert.equal(platform.memoryLimit(128, 'python').harness.addressSpaceMb, undefined);
    assert.ok(platform.memoryLimit(128, 'python').harness.rssMb);
    assert.deepEqual(platform.spawnOptions(), { detached: true });
  });

  it('has no py launcher among its Python candidates', () => {
    assert.deepEqual(fake('darwin').platform.pythonCandidates().map((c) => c.command), ['python3', 'python']);
  });
});

describe('platform: Linux', () => {
  it('walks /proc parent links, so a child that moved to its own session is killed too', () => {
    const { platform, kills } = fake('linux', { proc: { 1: 0, 100: 1, 101: 100, 102: 101, 200: 1 }, kill: (pid) => (pid === 102 ? esrch() : undefined) });
    assert.deepEqual(platform.descendants(100), [101, 102]);
    const r = platform.killTree(100);
    assert.deepEqual(kills.map(([p]) => p), [-100, 100, 101, 102]);
    assert.equal(r.ok, true, 'a process that already exited is not an error');
  });

  it('where the kernel keeps child lists, reads only the tree: a thread\'s children, a child that moved to its own session', () => {
    // 100 has two threads; 102 was started by the second one, and started 103 (which called setsid).
    const files: Record<string, string> = { '/proc/100/task/100/children': '101 ', '/proc/100/task/107/children': '102 ', '/proc/101/task/101/children': '', '/proc/102/task/102/children': '103 ', '/proc/103/task/103/children': '' };
    const dirs = { '/proc/100/task': ['100', '107'], '/proc/101/task': ['101'], '/proc/102/task': ['102'], '/proc/103/task': ['103'] };
    const { platform, kills, statReads } = fake('linux', { proc: { 1: 0, 50: 1, 100: 1, 101: 100, 102: 100, 103: 102 }, dirs, files, exists: [`/proc/self/task/${process.pid}/children`] });
    assert.deepEqual(platform.descendants(100), [101, 102, 103]);
    assert.deepEqual(statReads, [], 'no process is read through /proc/<pid>/stat');
    platform.killTree(100);
    assert.deepEqual(kills.map(([p]) => p), [-100, 100, 101, 102, 103]);
  });

  it('with a mark taken before the spawn, reads only processes started since, and still finds the whole tree', () => {
    const files: Record<string, string> = { '/proc/sys/kernel/pid_max': '32768\n' };
    // 50 and 60 are older than the judged process (100); 101 and 102 are below it, 102 in its own session.
    const { platform, statReads } = fake('linux', { proc: { 1: 0, 50: 1, 60: 1, 100: 1, 101: 100, 102: 101, 103: 1 }, files });
    numbering(files, { tasks: 300, lastPid: 99, forks: 5000 });
    const mark = platform.processMark();
    assert.deepEqual(mark, { lastPid: 99, forks: 5000, tasks: 300 });
    numbering(files, { tasks: 304, lastPid: 103, forks: 5004 });
    assert.deepEqual(platform.descendants(100, mark), [101, 102]);
    assert.deepEqual([...statReads].sort((a, b) => a - b), [100, 101, 102, 103], 'processes older than the mark are not read');
  });

  it('follows process numbers that wrapped round past pid_max', () => {
    const files: Record<string, string> = { '/proc/sys/kernel/pid_max': '32768\n' };
    const { platform, statReads } = fake('linux', { proc: { 1: 0, 5000: 1, 32760: 1, 32765: 32760, 310: 32765, 400: 1 }, files });
    numbering(files, { tasks: 300, lastPid: 32759, forks: 9000 });
    const mark = platform.processMark();
    numbering(files, { tasks: 303, lastPid: 310, forks: 9003 });
    assert.deepEqual(platform.descendants(32760, mark), [32765, 310]);
    assert.ok(!statReads.includes(5000) && !statReads.includes(400), 'ids between the last one handed out and the mark are older');
  });

  it('reads every process when the numbering may have gone all the way round, or cannot be read', () => {
    const files: Record<string, string> = { '/proc/sys/kernel/pid_max': '32768\n' };
    const lapped = fake('linux', { proc: { 1: 0, 50: 1, 100: 1, 101: 100 }, files });
    numbering(files, { tasks: 300, lastPid: 99, forks: 5000 });
    const mark = lapped.platform.processMark();
    numbering(files, { tasks: 300, lastPid: 150, forks: 5000 + 20_000 });
    assert.deepEqual(lapped.platform.descendants(100, mark), [101]);
    assert.ok(lapped.statReads.includes(50), 'after 20,000 new processes an id below the mark may be new');
    const blind = fake('linux', { proc: { 1: 0, 50: 1, 100: 1, 101: 100 } });
    assert.equal(blind.platform.processMark(), undefined, 'no /proc/loadavg: no mark');
    assert.deepEqual(blind.platform.descendants(100, { lastPid: 99, forks: 1, tasks: 1 }), [101]);
    assert.ok(blind.statReads.includes(50), 'without the numbering now, every process is read');
  });

  it('limits Node with prlimit --data when it is installed, Python with RLIMIT_AS', () => {
    const { platform } = fake('linux', { exists: ['/usr/bin/prlimit'] });
    const node = platform.memoryLimit(256, 'node');
    assert.equal(node.prefix[0], '/usr/bin/prlimit');
    assert.match(node.prefix[1] ?? '', /^--data=\d+:\d+$/);
    assert.equal(node.prefix[2], '--');
    assert.equal(platform.memoryLimit(256, 'python').harness.addressSpaceMb, 256 + 128);
    const none = fake('linux').platform.memoryLimit(256, 'node');
    assert.deepEqual(none.prefix, []);
    assert.ok(none.harness.rssMb, 'without prlimit the harness checks its resident memory');
  });

  it('kills a real process group and a child that escaped it with setsid', async function () {
    if (process.platform !== 'linux') this.skip();
    const platform = createPlatform();
    const child = spawn('sh', ['-c', 'sleep 30 & setsid sleep 31 & wait'], { detached: true, stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 300));
    const tree = platform.descendants(child.pid!);
    assert.equal(tree.length, 2, `sh should have two children, found ${tree.join(', ')}`);
    const exited = new Promise((r) => child.once('exit', r));
    assert.equal(platform.killTree(child.pid!).ok, true);
    await exited;
    await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(tree.filter((p) => platform.isAlive(p)), [], 'both sleeps are gone, the setsid one too');
  });

  it('finds the same real tree through the kernel\'s child lists, through every process, and from a mark taken before the spawn', async function () {
    if (process.platform !== 'linux') this.skip();
    const platform = createPlatform();
    // The same machine without the child lists: the tree comes from /proc parent links.
    const scanning = createPlatform({ exists: (f) => !f.endsWith('/children') && realDeps.exists(f) });
    const mark = platform.processMark();
    assert.ok(mark, 'Linux gives a mark');
    const child = spawn('sh', ['-c', 'sleep 30 & setsid sleep 31 & wait'], { detached: true, stdio: 'ignore' });
    try {
      await new Promise((r) => setTimeout(r, 300));
      const lists = platform.descendants(child.pid!);
      const all = scanning.descendants(child.pid!);
      assert.equal(all.length, 2, `sh should have two children, found ${all.join(', ')}`);
      assert.deepEqual([...lists].sort(), [...all].sort());
      assert.deepEqual(scanning.descendants(child.pid!, mark).sort(), [...all].sort());
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      assert.equal(platform.killTree(child.pid!, mark).ok, true);
      await exited;
    }
  });
});
