// The fuzz campaign behind `npm run fuzz`: the properties of tests/fuzz/properties.ts over many
// more generated inputs than `npm test` runs, seeded. Each property that fails writes its shrunk
// counterexample, with the seed and path that replay it, to fuzz-failures/ (gitignored) and the
// campaign goes on with the others.
//
//   FUZZ_RUNS      documents analysed in process (default 20000)
//   FUZZ_BATCHES   JSONL batches through the CLI (default 40)
//   FUZZ_SEED      seed (default: the time; printed, so a run can be replayed)
//   FUZZ_OUT       folder for counterexamples (default fuzz-failures)
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { fuzzDoc, jsonlLine, repetition } from './arbitraries.js';
import { checkBatch, checkDocument } from './properties.js';

const runs = Number(process.env.FUZZ_RUNS ?? 20_000);
const batches = Number(process.env.FUZZ_BATCHES ?? 40);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const out = path.resolve(ROOT, process.env.FUZZ_OUT ?? 'fuzz-failures');
process.stderr.write(`fuzz: seed ${seed}, ${runs} documents, ${batches} batches; counterexamples to ${path.relative(ROOT, out) || '.'}/\n`);

/** Runs one property; on failure writes the shrunk counterexample and returns its file. */
function campaign<T>(name: string, property: fc.IProperty<T>, numRuns: number): string | null {
  const started = Date.now();
  const details = fc.check(property, { seed, numRuns, endOnFailure: false });
  process.stderr.write(`fuzz: ${name}: ${details.numRuns} runs in ${((Date.now() - started) / 1000).toFixed(0)} s, ${details.failed ? 'FAILED' : 'ok'}\n`);
  if (!details.failed) return null;
  fs.mkdirSync(out, { recursive: true });
  const file = path.join(out, `${name}-${seed}.json`);
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  fs.writeFileSync(file, JSON.stringify({ property: name, seed, path: details.counterexamplePath, error, counterexample: details.counterexample }, null, 2) + '\n');
  return file;
}

describe(`fuzz campaign (seed ${seed})`, () => {
  it(`${runs} documents keep their properties`, () => {
    expect(campaign('document', fc.property(fuzzDoc(20_000), checkDocument), runs)).toBeNull();
  });
  it(`${Math.max(1, Math.round(runs / 500))} long repetitions keep them too`, () => {
    expect(campaign('repetition', fc.property(repetition(100_000).map((text) => ({ text, date: '2024-10-21' })), checkDocument), Math.max(1, Math.round(runs / 500)))).toBeNull();
  });
  it(`${batches} JSONL batches lose no line and cut into shards byte for byte`, () => {
    expect(campaign('batch', fc.property(fc.array(jsonlLine(2000), { minLength: 1, maxLength: 30 }), fc.nat({ max: 30 }), checkBatch), batches)).toBeNull();
  });
});
