#!/usr/bin/env node
// Bundles the CLI and its batch worker into self-contained files under dist/cli/, so a cold start
// reads a few files instead of resolving and compiling ~100 modules (see bench/ and
// docs/scale-out.md for the numbers): bin.cjs, the bin, a small script that starts newsx.cjs
// (newsx.js, the bin before it, starts bin.cjs), the CLI itself as one CommonJS script (a script can be compiled with V8's code cache, a module
// cannot in Node 20), with newsx.cjs.cache, that cache; worker.js, the batch worker. They stay
// inside the package, so model/files.ts still finds models/ and data/ by walking up to
// package.json; the worker sits next to the CLI, where batch.ts looks for it; render-html.cjs, the
// --format html renderer, which the CLI loads only when asked for it.
//
// `npm run build` runs tsc (library, declarations, training scripts), then this: after changing
// the sources, rebuild with `npm run build`, not a bare tsc, or the CLI runs the old bundle.

import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'cli');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS dependencies (cli-table3) call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __newsxRequire } from 'node:module'; const require = __newsxRequire(import.meta.url);" },
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
};

// The web page reader (linkedom, Readability: ~0.5 MB of code) is a chunk of its own, which the
// CLI requires the first time it reads a page; the CLI bundle and its code cache stay as small
// as they were for plain text.
const PAGE_READER = './page-reader.cjs';
// The bundle runs as a script (bin/newsx.ts), where import() is not available: the loader is
// replaced by a require of the chunk, next to the bundle.
const pageReaderApart = {
  name: 'page-reader-apart',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]input[\\/]page-reader\.ts$/ }, () => ({
      contents: `let loading = null;\nexport function loadPageReader() { return (loading ??= Promise.resolve().then(() => require(${JSON.stringify(PAGE_READER)}))); }\n`,
      loader: 'js',
    }));
    b.onResolve({ filter: /page-reader\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

// commander requires node:child_process when it loads, for subcommands that are programs of their
// own (newsx has none): that module and what it brings (dgram, socket lists, ...) cost every cold
// start a few ms. In the CLI bundle it is required on first use instead.
const COMMANDER_CHILD_PROCESS = "const childProcess = require('node:child_process');";
const commanderLazyChildProcess = {
  name: 'commander-lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      if (!source.includes(COMMANDER_CHILD_PROCESS)) throw new Error(`${args.path}: no "${COMMANDER_CHILD_PROCESS}" to make lazy (commander changed)`);
      return {
        contents: source.replace(COMMANDER_CHILD_PROCESS, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };"),
        loader: 'js',
      };
    });
  },
};

// A default import of a Node module (`import fs from 'node:fs'`) becomes, in a CommonJS bundle,
// __toESM(require('node:fs')) in every file that has one: a copy of the module's ~100 exports, each
// a getter, 25 times at every start (~2 ms). The default imports of these modules (ours and
// chalk's; nothing imports them by name, which the build would refuse) read one module per
// builtin instead, which requires it once and exports it as its default.
const NODE_DEFAULTS = /^node:(fs|path|os|tty|v8|vm|process)$/;
const nodeDefaultsOnce = {
  name: 'node-defaults-once',
  setup(b) {
    b.onResolve({ filter: NODE_DEFAULTS }, (args) => (args.kind === 'import-statement' ? { path: args.path, namespace: 'node-default' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'node-default' }, (args) => ({ contents: `export default require(${JSON.stringify(args.path)});\n`, loader: 'js' }));
  },
};

await build({ ...common, entryPoints: { worker: 'src/cli/worker.ts' }, outdir });
// The bin (package.json), as CommonJS: a script starts faster than an ES module (bin/newsx.ts).
await build({
  ...common,
  format: 'cjs',
  entryPoints: { bin: 'bin/newsx.ts' },
  outExtension: { '.js': '.cjs' },
  banner: { js: "const __newsxUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__newsxUrl' },
  outdir,
});
// The bin before it, for whoever still starts that file.
fs.writeFileSync(path.join(outdir, 'newsx.js'), "#!/usr/bin/env node\n// The CLI's bin is bin.cjs (package.json): this starts it.\nimport { createRequire } from 'node:module';\ncreateRequire(import.meta.url)('./bin.cjs');\n");
// The HTML page renderer, apart and as CommonJS: the CLI requires it only for --format html (program.ts).
await build({ ...common, format: 'cjs', banner: {}, entryPoints: { 'render-html': 'src/render/html.ts' }, outExtension: { '.js': '.cjs' }, outdir });
for (const f of ['bin.cjs', 'newsx.js']) fs.chmodSync(path.join(outdir, f), 0o755);
// The CLI as CommonJS: import.meta.url, which the sources use to find the package and the worker,
// becomes the script's own file URL.
await build({
  ...common,
  format: 'cjs',
  entryPoints: { newsx: 'src/cli/run.ts' },
  outExtension: { '.js': '.cjs' },
  banner: { js: "const __newsxUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__newsxUrl' },
  plugins: [pageReaderApart, commanderLazyChildProcess, nodeDefaultsOnce],
  outdir,
});
await build({
  ...common,
  format: 'cjs',
  entryPoints: { 'page-reader': 'src/input/html/read-page.ts' },
  outExtension: { '.js': '.cjs' },
  banner: {},
  outdir,
});

// The code cache: what a run of `analyze` compiled, on three short articles written for the tests
// (any articles give much the same functions). Without it the CLI compiles as usual.
const cache = path.join(outdir, 'newsx.cjs.cache');
fs.rmSync(cache, { force: true });
const articles = ['dateline.txt', 'unbalanced-quote.txt', 'bom-crlf-emoji.txt'].map((f) => path.join(root, 'fixtures', f));
execFileSync(process.execPath, [path.join(outdir, 'bin.cjs'), 'analyze', '--json', '--jobs', '1', ...articles], {
  env: { ...process.env, NEWSX_WRITE_CODE_CACHE: cache },
  stdio: ['ignore', 'ignore', 'inherit'],
});
