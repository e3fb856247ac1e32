// `npm start [-- DIR]`: try the extension in one command, as a session for a person.
//
// With a `code` binary on PATH: your VS Code opens DIR with the extension loaded from this checkout.
// Otherwise: code-server (real VS Code in the browser) on 127.0.0.1 with the packaged extension
// installed, printing the URL to open. Its profile (settings, the extension's attempt history and
// spaced-repetition state) lives in a folder in your home that survives restarts; your files live
// in DIR (default ~/interview-drills). Ctrl+C stops the server and deletes nothing.
'use strict';
const { spawn, spawnSync } = require('child_process');
const { createHash } = require('crypto');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { ROOT, CACHE, startCodeServer, folderUrl } = require('./codeServer');

// On Windows `code` is a .cmd script, which only a shell runs (so its arguments are quoted).
const WINDOWS = process.platform === 'win32';
const PREFERRED_PORT = Number(process.env.DRILLS_PORT || 8737);
/** A new profile's settings: VS Code's defaults, minus what would try to reach the internet. */
const PERSON_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
};

/** Where the session's profile lives: DRILLS_STATE_DIR, else $XDG_DATA_HOME/interview-drills, else ~/.local/share/interview-drills. */
function stateDir() {
  if (process.env.DRILLS_STATE_DIR) return path.resolve(process.env.DRILLS_STATE_DIR);
  const data = process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(data, 'interview-drills');
}

/** The practice folder: the argument (relative to where `npm start` was typed), else ~/interview-drills. */
function practiceFolder(arg) {
  if (!arg) return path.join(os.homedir(), 'interview-drills');
  const from = process.env.INIT_CWD || process.cwd();
  return path.resolve(from, arg.startsWith('~') ? path.join(os.homedir(), arg.slice(1)) : arg);
}

/** A hash of everything the package is built from: an unchanged checkout is not packaged again. */
function sourceFingerprint() {
  const hash = createHash('sha256');
  const walk = (rel) => {
    const full = path.join(ROOT, rel);
    if (!fs.existsSync(full)) return;
    const stat = fs.statSync(full);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(full).sort()) if (name !== 'screenshots') walk(path.join(rel, name));
    } else {
      hash.update(`${rel}\0${stat.size}\0`);
      hash.update(fs.readFileSync(full));
    }
  };
  for (const rel of ['package.json', 'package-lock.json', 'esbuild.js', '.vscodeignore', 'README.md', 'LICENSE', 'src', 'questions', 'media']) walk(rel);
  return hash.digest('hex');
}

function openInDesktop(folder) {
  const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status || 1);
  console.log(`Opening ${folder} in VS Code with Interview Drills loaded from this checkout…`);
  const quote = (arg) => (WINDOWS ? `"${arg}"` : arg);
  spawn('code', [quote(`--extensionDevelopmentPath=${ROOT}`), quote(folder)], { stdio: 'inherit', detached: true, shell: WINDOWS }).unref();
}

async function openInCodeServer(folder) {
  const state = stateDir();
  const profile = path.join(state, 'code-server');
  const marker = path.join(profile, 'installed-package.json');
  const fingerprint = sourceFingerprint();
  let installed;
  try {
    installed = JSON.parse(fs.readFileSync(marker, 'utf8'));
  } catch (_) {
    installed = undefined;
  }
  const first = !fs.existsSync(path.join(profile, 'user-data'));
  const needsInstall = !installed || installed.fingerprint !== fingerprint || !fs.existsSync(path.join(profile, 'extensions', installed.folder || '-'));
  if (needsInstall) {
    console.log('Packaging the extension from this checkout…');
    const pack = spawnSync(process.execPath, [path.join(ROOT, 'src', 'build', 'package.js')], { cwd: ROOT, stdio: 'inherit' });
    if (pack.status !== 0) process.exit(pack.status || 1);
  }
  console.log(first ? `Starting VS Code (code-server, installed once into ${CACHE})…` : 'Starting VS Code (code-server)…');
  fs.mkdirSync(profile, { recursive: true });
  const server = await startCodeServer({
    stateDir: profile,
    folder,
    port: PREFERRED_PORT,
    smokeDriver: false,
    settings: PERSON_SETTINGS,
    ...(needsInstall ? { vsix: [path.join(ROOT, 'interview-drills.vsix')] } : {}),
  });
  if (needsInstall) {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    fs.writeFileSync(marker, JSON.stringify({ fingerprint, folder: `${manifest.publisher}.${manifest.name}-${manifest.version}` }, null, 2));
  }
  const url = folderUrl(server);
  console.log(
    [
      '',
      'Interview Drills is running in VS Code (code-server). Open this URL in your browser:',
      '',
      `  ${url}`,
      '',
      `Your drill files: ${path.join(folder, 'drills')}`,
      `VS Code profile (settings, attempt history): ${profile}`,
      'Press Ctrl+C to stop. Stopping deletes nothing.',
    ].join('\n'),
  );
  let stopping = false;
  const stop = (code) => {
    if (stopping) return;
    stopping = true;
    server.stop();
    console.log(`\nStopped. Your files are still in ${folder}.`);
    process.exit(code);
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  process.on('SIGHUP', () => stop(0));
  server.child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`code-server stopped on its own (${signal || `exit code ${code}`}). Its last output:\n${server.log().slice(-2000)}`);
    stop(1);
  });
}

async function main() {
  const arg = process.argv[2];
  if (arg === '--help' || arg === '-h') {
    console.log('Usage: npm start [-- DIR]   (DIR: your practice folder, default ~/interview-drills)');
    return;
  }
  const folder = practiceFolder(arg);
  fs.mkdirSync(folder, { recursive: true });
  if (spawnSync('code', ['--version'], { stdio: 'ignore', shell: WINDOWS }).status === 0) openInDesktop(folder);
  else await openInCodeServer(folder);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
