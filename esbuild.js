// Builds the extension host bundle, the CLI, the test bundles and the browser-side webview scripts.
// Usage: node esbuild.js [--production] [--watch]
const esbuild = require('esbuild');
const fs = require('fs');
const { builtinModules } = require('module');
const path = require('path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the format VS Code's $esbuild-watch problem matcher understands. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
    });
  },
};

const node = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  sourcesContent: false,
  logLevel: 'warning',
  external: ['vscode'],
  loader: { '.cjs': 'text', '.py': 'text' },
  metafile: true,
  plugins: watch ? [problemMatcher] : [],
};

function listTestEntries() {
  const found = [];
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'fixtures') walk(full);
      } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        found.push(full);
      }
    }
  };
  walk('test');
  return found;
}

function copyAssets() {
  fs.mkdirSync('dist', { recursive: true });
  // The SQL engine runs in a worker thread that loads these two files from beside the bundle.
  for (const file of ['sql-wasm.js', 'sql-wasm.wasm']) {
    fs.copyFileSync(require.resolve(`sql.js/dist/${file}`), path.join('dist', file));
  }
}

/**
 * The extension and the CLI ship without node_modules, so every module they load must be inside the
 * bundle: only Node.js built-ins and `vscode` may stay outside it.
 */
function checkSelfContained(results) {
  const allowed = new Set(['vscode', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  const outside = [];
  for (const result of results) {
    for (const [file, output] of Object.entries(result.metafile.outputs)) {
      for (const imported of output.imports) if (imported.external && !allowed.has(imported.path)) outside.push(`${file} loads "${imported.path}"`);
    }
  }
  if (outside.length) throw new Error(`modules left outside the bundle (the package carries no node_modules):\n  ${outside.join('\n  ')}`);
}

async function main() {
  copyAssets();
  const contexts = [
    await esbuild.context({ ...node, entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist' }),
    await esbuild.context({
      ...node,
      entryPoints: { cli: 'src/cli/main.ts' },
      outdir: 'dist',
      banner: { js: '#!/usr/bin/env node' },
    }),
    await esbuild.context({
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'es2022',
      sourcemap: !production,
      minify: production,
      logLevel: 'warning',
      entryPoints: fs
        .readdirSync('src/webview')
        .filter((f) => f.endsWith('.ts') && !f.includes('.d.'))
        .map((f) => path.join('src/webview', f)),
      outdir: 'dist/webview',
      plugins: watch ? [problemMatcher] : [],
    }),
  ];
  if (!production) {
    // Tests are compiled file-by-file (not bundled) so mocha can find them and each
    // keeps its own relative imports into src/.
    contexts.push(
      await esbuild.context({
        entryPoints: listTestEntries(),
        outdir: 'out/test',
        outbase: 'test',
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        bundle: true,
        packages: 'external',
        external: ['vscode'],
        loader: { '.cjs': 'text', '.py': 'text' },
        sourcemap: true,
        logLevel: 'warning',
        plugins: watch ? [problemMatcher] : [],
      }),
    );
  }
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  const results = await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  checkSelfContained(results.slice(0, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
