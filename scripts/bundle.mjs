#!/usr/bin/env node
// Bundles the CLI and its batch worker into two self-contained ES modules under dist/cli/, so a
// cold start reads two files instead of resolving and compiling ~100 modules (see bench/ and
// docs/scale-out.md for the numbers). They stay inside the package, so model/files.ts still finds
// models/ and data/ by walking up to package.json; the worker sits next to the CLI, where
// batch.ts looks for it.
//
// `npm run build` runs tsc, then this. A bare `npx tsc -p .` refreshes dist/bin and dist/src but
// not the bundle: the bundle's entry then sees that dist/bin/newsx.js is newer than itself and
// runs that instead, so a quick rebuild never leaves the CLI running yesterday's analyzers. "Newer"
// means by more than a few seconds, so copying the package (cp -r, which resets times in copy
// order) never sends a deployed bundle to the tsc output and its node_modules.

import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'cli');

const ENTRY = `
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
const compiled = new URL('../bin/newsx.js', import.meta.url);
let stale = false;
try {
  stale = fs.statSync(compiled).mtimeMs > fs.statSync(fileURLToPath(import.meta.url)).mtimeMs + 5000;
} catch {}
if (stale) await import(compiled.href);
else await import('./bin/newsx.ts');
`;

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // CommonJS dependencies (cli-table3) call require(); an ES module has none of its own.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __newsxRequire } from 'node:module'; const require = __newsxRequire(import.meta.url);" },
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
};

await build({ ...common, entryPoints: { worker: 'src/cli/worker.ts' }, outdir });
await build({ ...common, stdin: { contents: ENTRY, resolveDir: root, sourcefile: 'newsx-entry.js', loader: 'js' }, outfile: path.join(outdir, 'newsx.js') });
fs.chmodSync(path.join(outdir, 'newsx.js'), 0o755);
