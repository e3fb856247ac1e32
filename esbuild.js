// Builds the compiled question bank, the extension host bundle, the CLI, the libraries they load on
// first use, the test bundles and the browser-side webview scripts.
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

/**
 * Libraries that a command or the extension's activation may not need. Each is bundled on its own
 * into dist/vendor/<name>.js and the main bundles require it from there, so it is read and run only
 * when code that uses it first runs (the sources import these where they are used, or from modules
 * they load with a dynamic import). sql.js is already separate: its worker loads dist/sql-wasm.js.
 */
const VENDOR = ['openai', 'yaml', 'markdown-it', 'ts-fsrs', 'sucrase', 'fast-check'];
const vendorChunks = {
  name: 'vendor-chunks',
  setup(build) {
    const filter = new RegExp(`^(${VENDOR.map((n) => n.replace(/[.-]/g, '\\$&')).join('|')})$`);
    build.onResolve({ filter }, (args) => ({ path: `./vendor/${args.path}.js`, external: true }));
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
  loader: { '.cjs': 'text', '.py': 'text', '.go': 'text', '.hpp': 'text', '.cpp': 'text', '.java': 'text' },
  metafile: true,
  plugins: watch ? [problemMatcher, vendorChunks] : [vendorChunks],
};

const BANK_TOOL = path.join('out', 'build', 'compile-bank.js');
const BANK_FILE = path.join('dist', 'bank.jsonl');

/**
 * Compiles questions/ into dist/bank.jsonl with the same loader the extension uses (bundled into a
 * small build tool first). Every build regenerates it; an invalid built-in question fails the build
 * with the loader's file:line:col diagnostics.
 */
async function compileQuestionBank() {
  await esbuild.build({
    entryPoints: ['src/build/compileBank.ts'],
    outfile: BANK_TOOL,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
    external: node.external,
    loader: node.loader,
  });
  const tool = path.resolve(BANK_TOOL);
  delete require.cache[tool];
  return require(tool).main(['questions', BANK_FILE, ...(production ? ['--production'] : [])]);
}

let bankTimer;
/** In watch mode the bank follows edits to the questions and to the loader (each CLI rebuild). */
function recompileBankSoon() {
  clearTimeout(bankTimer);
  bankTimer = setTimeout(() => compileQuestionBank().catch((e) => console.error(e)), 200);
}
const bankFollowsLoader = { name: 'bank-follows-loader', setup: (build) => build.onEnd(recompileBankSoon) };

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
      for (const imported of output.imports) if (imported.external && !allowed.has(imported.path) && !imported.path.startsWith('./vendor/')) outside.push(`${file} loads "${imported.path}"`);
    }
  }
  if (outside.length) throw new Error(`modules left outside the bundle (the package carries no node_modules):\n  ${outside.join('\n  ')}`);
}

async function main() {
  copyAssets();
  if ((await compileQuestionBank()) !== 0 && !watch) process.exit(1);
  const contexts = [
    await esbuild.context({
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      minify: production,
      logLevel: 'warning',
      metafile: true,
      entryPoints: Object.fromEntries(VENDOR.map((name) => [`vendor/${name}`, require.resolve(name)])),
      outdir: 'dist',
    }),
    await esbuild.context({
      ...node,
      entryPoints: { extension: 'src/extension.ts' },
      outdir: 'dist',
      // Activation is timed from the bundle's first line (src/vscode/activation.ts).
      banner: { js: 'var __drillsBundleStart = performance.now();' },
    }),
    await esbuild.context({
      ...node,
      entryPoints: { cli: 'src/cli/main.ts' },
      outdir: 'dist',
      banner: { js: '#!/usr/bin/env node' },
      plugins: watch ? [...node.plugins, bankFollowsLoader] : node.plugins,
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
        loader: { '.cjs': 'text', '.py': 'text', '.go': 'text', '.hpp': 'text', '.cpp': 'text', '.java': 'text' },
        sourcemap: true,
        logLevel: 'warning',
        plugins: watch ? [problemMatcher] : [],
      }),
    );
  }
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    fs.watch('questions', { recursive: true }, recompileBankSoon);
    return;
  }
  const results = await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  // The library chunks, the extension and the CLI.
  checkSelfContained(results.slice(0, 3));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
