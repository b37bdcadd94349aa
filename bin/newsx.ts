#!/usr/bin/env node
// Starts the CLI bundle (dist/cli/newsx.cjs, built by scripts/bundle.mjs) with V8's code cache of
// it: the bytecode of every function a run of `analyze` compiled, saved at build time
// (newsx.cjs.cache), so a cold start neither parses the bundle nor compiles those functions again.
// V8 checks that the cache matches the bundle, its own version and the flags, and compiles as
// usual when it does not (or when NEWSX_CODE_CACHE=off). From the TypeScript output (dist/bin/),
// where there is no bundle, the CLI's modules are loaded as they are.
//
// The package's bin is this file bundled as CommonJS (dist/cli/bin.cjs): an ES module entry
// costs Node's ES module loader and what it loads (fs/promises, readline, streams; ~7 ms of every
// start), so no top-level await here. dist/cli/newsx.js, the bin before, still starts it.

import fs from 'node:fs';
import { createRequire, Module } from 'node:module';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { tuneV8 } from '../src/cli/v8-tuning.js';

type Run = (beforeExit?: () => void) => Promise<void>;

// The V8 flags first: they tune how V8 compiles the bundle, and are part of what the cache must match.
tuneV8(process.env);
const bundle = fileURLToPath(new URL('./newsx.cjs', import.meta.url));
if (fs.existsSync(bundle)) {
  const cacheFile = `${bundle}.cache`;
  const useCache = process.env.NEWSX_CODE_CACHE !== 'off';
  const cachedData = useCache && fs.existsSync(cacheFile) ? fs.readFileSync(cacheFile) : undefined;
  const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
  const module = { exports: {} as { run: Run } };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(bundle), module, bundle, fileURLToPath(new URL('.', import.meta.url)));
  // The build writes the cache after a run (scripts/bundle.mjs), when it holds what the run compiled.
  const write = process.env.NEWSX_WRITE_CODE_CACHE;
  void module.exports.run(write ? () => fs.writeFileSync(write, script.createCachedData()) : undefined);
} else {
  void import(new URL('../src/cli/run.js', import.meta.url).href).then(({ run }: { run: Run }) => run());
}
