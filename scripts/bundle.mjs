#!/usr/bin/env node
// Bundles the CLI and its batch worker into two self-contained ES modules under dist/cli/, so a
// cold start reads two files instead of resolving and compiling ~100 modules (see bench/ and
// docs/scale-out.md for the numbers). They stay inside the package, so model/files.ts still finds
// models/ and data/ by walking up to package.json; the worker sits next to the CLI, where
// batch.ts looks for it.
//
// `npm run build` runs tsc (library, declarations, training scripts), then this: after changing
// the sources, rebuild with `npm run build`, not a bare tsc, or the CLI runs the old bundle.

import { build } from 'esbuild';
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

await build({ ...common, entryPoints: { worker: 'src/cli/worker.ts' }, outdir });
await build({ ...common, entryPoints: { newsx: 'bin/newsx.ts' }, outdir });
fs.chmodSync(path.join(outdir, 'newsx.js'), 0o755);
