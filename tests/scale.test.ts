// Batch mode as a building block for bigger runs: a corpus cut into shards and run separately
// gives, concatenated, byte for byte the single run's output (what GNU parallel --keep-order,
// Spark RDD.pipe or Hadoop streaming rely on), and worker threads (--jobs) never change a byte,
// an error record's place, a stderr line's place or the exit status.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, jsonLines, newsx, ROOT } from './helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-scale-'));
const write = (name: string, data: string) => {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, data);
  return f;
};

const articles = fs.readFileSync(fixture('scale-articles.jsonl'), 'utf8').split('\n').filter(Boolean);
// Five copies under new ids: 40 documents, more than the pool's in-flight window at two jobs, so
// results arrive out of order and wait for their turn.
const lines = Array.from({ length: 5 }, (_, copy) =>
  articles.map((l) => {
    const o = JSON.parse(l) as { id: string };
    return JSON.stringify({ ...o, id: `${o.id}-${copy + 1}` });
  }),
).flat();
const corpus = write('corpus.jsonl', lines.join('\n') + '\n');

/** Where two outputs part, so a failure names a line instead of printing both corpora. */
function firstDifference(actual: string, expected: string): string | null {
  if (actual === expected) return null;
  const a = actual.split('\n');
  const e = expected.split('\n');
  const i = a.findIndex((line, k) => line !== e[k]);
  const at = i < 0 ? a.length : i;
  return `line ${at + 1} of ${e.length}: got ${JSON.stringify((a[at] ?? '<end>').slice(0, 160))}, expected ${JSON.stringify((e[at] ?? '<end>').slice(0, 160))}`;
}

describe('a sharded corpus gives the single run, concatenated', () => {
  const whole = newsx(['analyze', '--input-format', 'jsonl', '--json', '--jobs', '1', corpus]);

  it('the single run reads every document, in input order', () => {
    expect(whole.status).toBe(0);
    expect(whole.stderr).toBe('');
    const ids = jsonLines(whole.stdout).map((d) => d.id);
    expect(ids).toEqual(lines.map((l) => (JSON.parse(l) as { id: string }).id));
    expect(jsonLines(whole.stdout).every((d) => Array.isArray(d.entities) && Array.isArray(d.events))).toBe(true);
  });

  it('shards run one by one from files, then concatenated, are byte-identical', () => {
    const shards = [lines.slice(0, 7), lines.slice(7, 23), lines.slice(23)].map((s, i) => write(`shard-${i}.jsonl`, s.join('\n') + '\n'));
    const outs = shards.map((f) => newsx(['analyze', '--input-format', 'jsonl', '--json', f]));
    for (const r of outs) expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(firstDifference(outs.map((r) => r.stdout).join(''), whole.stdout)).toBeNull();
  });

  it('shards piped through standard input (the mapper form) are byte-identical', () => {
    const sizes = [13, 1, 26];
    let from = 0;
    const outs = sizes.map((n) => {
      const input = lines.slice(from, (from += n)).join('\n') + '\n';
      return newsx(['analyze', '--input-format', 'jsonl', '--json', '--jobs', '2', '-'], { input });
    });
    for (const r of outs) expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(firstDifference(outs.map((r) => r.stdout).join(''), whole.stdout)).toBeNull();
  });

  it('the installed binary (package.json bin, the bundle) gives the same bytes with every core', () => {
    const bin = path.join(ROOT, (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: { newsx: string } }).bin.newsx);
    const r = spawnSync(process.execPath, [bin, 'analyze', '--input-format', 'jsonl', '--json', corpus], { encoding: 'utf8', cwd: ROOT });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(firstDifference(r.stdout, whole.stdout)).toBeNull();
  });
});

describe('--jobs changes nothing but speed', () => {
  const same = (args: string[], input?: string) => {
    const one = newsx([...args, '--jobs', '1'], { input });
    const two = newsx([...args, '--jobs', '2'], { input });
    expect(firstDifference(two.stdout, one.stdout)).toBeNull();
    expect(two.stderr).toBe(one.stderr);
    expect(two.status).toBe(one.status);
    return one;
  };

  // analyze --json is compared above (the bundle runs with every core); timeline reshapes events.
  // With two threads, commands that need the entities and more run as a pipeline (the worker finds
  // the entities); entities and dates alone, and three threads or more, run the document pool.
  it('timeline --json over the corpus (pipeline)', () => {
    expect(same(['timeline', '--input-format', 'jsonl', '--json', corpus]).status).toBe(0);
  });

  it('entities and dates --json over the corpus (document pool)', () => {
    expect(same(['entities', '--input-format', 'jsonl', '--json', corpus]).status).toBe(0);
    expect(same(['dates', '--input-format', 'jsonl', '--json', corpus]).status).toBe(0);
  });

  it('analyze --json with three threads (document pool)', () => {
    const args = ['analyze', '--input-format', 'jsonl', '--json', corpus];
    const one = newsx([...args, '--jobs', '1']);
    const three = newsx([...args, '--jobs', '3']);
    expect(one.status).toBe(0);
    expect(firstDifference(three.stdout, one.stdout)).toBeNull();
  });

  it('tables for many documents', () => {
    const r = same(['analyze', '--input-format', 'jsonl', corpus]);
    expect(r.stdout).toContain('harbour-bridge-1');
  });

  it("the CLI's V8 tuning (src/cli/v8-tuning.ts) neither: V8's defaults give the same bytes", () => {
    const args = ['analyze', '--input-format', 'jsonl', '--json', '--jobs', '2', corpus];
    const tuned = newsx(args);
    const plain = newsx(args, { env: { NEWSX_V8_FLAGS: '' } });
    expect(tuned.status).toBe(0);
    expect(firstDifference(tuned.stdout, plain.stdout)).toBeNull();
    expect(tuned.stderr).toBe(plain.stderr);
  });

  it('several text files', () => {
    const files = ['serbia-russia-call.txt', 'dateline.txt', 'bom-crlf-emoji.txt', 'unbalanced-quote.txt'].map(fixture);
    const r = same(['analyze', '--json', ...files]);
    expect(jsonLines(r.stdout).map((d) => d.id)).toEqual(files);
  });

  it('bad lines keep their place in stdout and stderr, and the exit status is 1', () => {
    const mixed = [lines[0], 'not json', lines[1], '{"id": "no-text"}', lines[2], '{"id": "bad-date", "text": "x", "date": "2025-02-30"}', lines[3]];
    const file = write('mixed.jsonl', mixed.join('\n') + '\n');
    const r = same(['quotes', '--input-format', 'jsonl', '--json', file]);
    expect(r.status).toBe(1);
    const out = jsonLines(r.stdout);
    expect(out.map((d) => d.id)).toEqual(['harbour-bridge-1', null, 'chess-final-1', 'no-text', 'rail-strike-1', 'bad-date', 'museum-theft-1']);
    expect(out.map((d) => 'error' in d)).toEqual([false, true, false, true, false, true, false]);
    expect(r.stderr.trim().split('\n').map((l) => l.replace(/^newsx: .*?:(\d+):.*$/, '$1'))).toEqual(['2', '4', '6']);
  });

  it('--jobs must be a whole number ≥ 1', () => {
    for (const bad of ['0', '1.5', 'many']) {
      const r = newsx(['analyze', '--input-format', 'jsonl', '--json', '--jobs', bad, corpus]);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`newsx: --jobs: expected a whole number ≥ 1, got "${bad}"\n`);
    }
  });
});
