#!/usr/bin/env node
// Bundles the CLI and its batch worker into two self-contained ES modules under dist/cli/, so a
// cold start reads two files instead of resolving and compiling ~100 modules (see bench/ for the
// numbers). They stay inside the package, so model/files.ts still finds models/ and data/ by
// walking up to package.json; the worker sits next to the CLI, where batch.ts looks for it.

import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'cli');

await build({
  absWorkingDir: root,
  entryPoints: { newsx: 'bin/newsx.ts', worker: 'src/cli/worker.ts' },
  outdir,
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
});
fs.chmodSync(path.join(outdir, 'newsx.js'), 0o755);
