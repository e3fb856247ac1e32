// `npm start`: try the extension in one command. With a `code` binary: VS Code desktop with this
// folder as a development extension. Otherwise: code-server on 127.0.0.1 with the extension
// loaded, printing the URL to open (Ctrl+C stops it).
'use strict';
const { spawn, spawnSync } = require('child_process');
const { ROOT, startCodeServer, workbenchUrl } = require('./codeServer');

async function main() {
  const build = spawnSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status || 1);
  const folder = process.argv[2];
  if (spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0) {
    console.log('Opening VS Code with Interview Drills loaded from this folder…');
    spawn('code', [`--extensionDevelopmentPath=${ROOT}`, ...(folder ? [folder] : [])], { stdio: 'inherit', detached: true }).unref();
    return;
  }
  console.log('No `code` binary on PATH: starting code-server (installs it once into ~/.cache/interview-drills)…');
  const server = await startCodeServer(folder ? { folder } : {});
  const url = workbenchUrl(server);
  console.log(`\nInterview Drills is running in VS Code (code-server). Open this URL in your browser:\n\n  ${url}\n\nPress Ctrl+C to stop.`);
  const stop = () => {
    server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => undefined, 1 << 30);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
