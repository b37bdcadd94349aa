// Per-analyzer isolation: when one analyzer throws on a document, the document still gets the
// other analyzers' results, the report names the failed analyzer in `warnings`, the CLI says so on
// stderr (naming the document and the analyzer) and exits 1, and batch mode goes on. The fault is
// injected by replacing the dates analyzer with one that throws on a marker word.
import Ajv from 'ajv';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';

vi.mock('../src/dates/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/dates/index.js')>();
  return {
    ...real,
    findDates: (article: Parameters<typeof real.findDates>[0]) => {
      if (article.text.includes('BOOM')) throw new TypeError('forced failure of the dates analyzer');
      return real.findDates(article);
    },
  };
});

const { analyze } = await import('../src/analyze.js');
const { main } = await import('../src/cli/program.js');

const ROOT = path.resolve(import.meta.dirname, '..');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'document.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const TEXT = 'BOOM. Jane Smith, the mayor of Springfield, said on Tuesday that "the bridge will reopen soon."';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await main(args, { stdout, stderr, stdinIsTTY: true, env: { NO_COLOR: '1' } });
  return { code, stdout: out, stderr: err };
}

describe('an analyzer that throws', () => {
  it('library: analyze() does not throw; the other lists are kept and warnings names the analyzer', () => {
    const r = analyze(TEXT, { date: '2024-10-21' });
    expect(r.dates).toEqual([]);
    expect(r.warnings).toEqual([{ analyzer: 'dates', message: 'forced failure of the dates analyzer' }]);
    expect(r.entities?.map((e) => e.name)).toContain('Jane Smith');
    expect(r.quotes?.map((q) => q.text)).toEqual(['the bridge will reopen soon.']);
    expect(validate(r)).toBe(true);
  });

  it('library: a healthy document has no warnings key', () => {
    const r = analyze('The mayor spoke on Tuesday.', { date: '2024-10-21' });
    expect(r).not.toHaveProperty('warnings');
    expect(r.dates?.map((d) => d.value)).toEqual(['2024-10-15']);
  });

  it('CLI: prints the document, warns on stderr naming document and analyzer, exits 1', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-iso-'));
    const bad = path.join(dir, 'bad.txt');
    const good = path.join(dir, 'good.txt');
    fs.writeFileSync(bad, TEXT);
    fs.writeFileSync(good, 'The mayor spoke on Tuesday.');
    const r = await cli(['analyze', bad, good, '--json', '--date', '2024-10-21', '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`newsx: warning: ${bad}: dates analyzer failed: forced failure of the dates analyzer\n`);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].id).toBe(bad);
    expect(lines[0].warnings).toEqual([{ analyzer: 'dates', message: 'forced failure of the dates analyzer' }]);
    expect(lines[0].entities.length).toBeGreaterThan(0);
    expect(lines[1].dates.map((d: { value: string }) => d.value)).toEqual(['2024-10-15']);
    expect(lines[1]).not.toHaveProperty('warnings');
  });

  it('CLI: a table run of a healthy document still exits 0', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-iso-'));
    const good = path.join(dir, 'good.txt');
    fs.writeFileSync(good, 'The mayor spoke on Tuesday.');
    const r = await cli(['dates', good, '--date', '2024-10-21']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
