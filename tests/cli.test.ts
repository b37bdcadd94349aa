// The CLI end to end, as a built binary: exit codes, stdin, formats, errors, colour.
import Ajv from 'ajv';
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, fixture, jsonLines, newsx, ROOT } from './helpers/cli.js';
import { badSpans } from './helpers/spans.js';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'document.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-cli-'));
const write = (name: string, data: string | Buffer) => {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, data);
  return f;
};
const SEED = fixture('serbia-russia-call.txt');
const COMMANDS = ['entities', 'dates', 'quotes', 'events', 'analyze', 'timeline'];

describe('exit codes and usage', () => {
  it('--help exits 0 and leads with examples, then the usage line and the commands', () => {
    const r = newsx(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Examples:\n {2}\$ newsx analyze article.txt/);
    expect(r.stdout).toMatch(/\nUsage: newsx /);
    for (const command of COMMANDS) expect(r.stdout).toMatch(new RegExp(`\\n {2}${command} `));
  });
  it('--version and -V print the package version', () => {
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    expect(newsx(['--version']).stdout.trim()).toBe(version);
    expect(newsx(['-V']).status).toBe(0);
  });
  it('an unknown command is a usage error (2) with one line on stderr', () => {
    const r = newsx(['summarise', SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("newsx: unknown command 'summarise' (see newsx --help)\n");
  });
  it('an unknown flag is a usage error', () => {
    const r = newsx(['entities', '--colour', SEED]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('a bad --date is a usage error naming the value', () => {
    for (const bad of ['2024-02-30', '21/10/2024', 'tomorrow']) {
      const r = newsx(['dates', SEED, '--date', bad]);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`newsx: --date: expected a calendar date YYYY-MM-DD, got "${bad}"\n`);
      expect(r.stdout).toBe('');
    }
  });
  it('a bad --type is a usage error', () => {
    expect(newsx(['entities', SEED, '--type', 'PLANET']).status).toBe(2);
  });
});

describe('JSON output', () => {
  for (const command of COMMANDS) {
    it(`${command} --json prints one schema-valid line with exact code-point spans`, () => {
      const r = newsx([command, SEED, '--json', '--date', '2024-10-21']);
      expect(r.status).toBe(0);
      const lines = jsonLines(r.stdout);
      expect(lines).toHaveLength(1);
      const doc = lines[0];
      expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
      expect(doc).toMatchObject({ schemaVersion: 1, id: SEED, referenceDate: '2024-10-21', referenceDateSource: 'option' });
      const lists = command === 'analyze' ? ['entities', 'dates', 'quotes', 'events'] : [command === 'timeline' ? 'events' : command];
      expect(Object.keys(doc).filter((k) => ['entities', 'dates', 'quotes', 'events'].includes(k)).sort()).toEqual(lists.sort());
      expect(badSpans(fs.readFileSync(SEED, 'utf8'), doc)).toEqual([]);
      expect(r.stdout).not.toMatch(/\u001b\[/);
    });
  }
  it('--pretty indents and is still one JSON document', () => {
    const r = newsx(['quotes', SEED, '--pretty']);
    expect(r.stdout.split('\n').length).toBeGreaterThan(5);
    expect(validate(JSON.parse(r.stdout))).toBe(true);
  });
  it('never puts colour codes in JSON, even with FORCE_COLOR', () => {
    const r = newsx(['analyze', SEED, '--json'], { env: { NO_COLOR: undefined, FORCE_COLOR: '3' } });
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });
  it('lists are sorted by start', () => {
    const doc = jsonLines(newsx(['analyze', SEED, '--json']).stdout)[0] as Record<string, { start?: number; trigger?: { start: number } }[]>;
    for (const key of ['dates', 'quotes'] as const) {
      const starts = doc[key].map((x) => x.start!);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    const events = doc.events.map((e) => e.trigger!.start);
    expect(events).toEqual([...events].sort((a, b) => a - b));
  });
});

describe('input', () => {
  it('reads standard input when no FILE is given and input is piped, and with -', () => {
    const text = fs.readFileSync(SEED, 'utf8');
    for (const args of [['quotes', '--json'], ['quotes', '-', '--json']]) {
      const r = newsx(args, { input: text });
      expect(r.status).toBe(0);
      const doc = jsonLines(r.stdout)[0];
      expect(doc.id).toBe('stdin');
      expect((doc.quotes as unknown[]).length).toBeGreaterThan(0);
    }
  });
  it('gives one result per file, in order', () => {
    const r = newsx(['dates', SEED, fixture('dateline.txt'), '--json']);
    expect(jsonLines(r.stdout).map((d) => d.id)).toEqual([SEED, fixture('dateline.txt')]);
  });
  it('finds the reference date the article states for itself', () => {
    const [a, b] = jsonLines(newsx(['dates', fixture('dateline.txt'), fixture('bom-crlf-emoji.txt'), '--json']).stdout);
    expect(a).toMatchObject({ referenceDate: '2023-09-12', referenceDateSource: 'text' });
    expect(b).toMatchObject({ referenceDate: '2025-03-04', referenceDateSource: 'text' });
    const seed = jsonLines(newsx(['dates', SEED, '--json']).stdout)[0];
    expect(seed).toMatchObject({ referenceDate: null, referenceDateSource: null });
  });
  it('removes a byte-order mark and keeps offsets exact across CRLF and emoji', () => {
    const file = fixture('bom-crlf-emoji.txt');
    const raw = fs.readFileSync(file, 'utf8');
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    expect(raw).toContain('\r\n');
    const doc = jsonLines(newsx(['analyze', file, '--json']).stdout)[0];
    expect(validate(doc)).toBe(true);
    expect(badSpans(raw, doc)).toEqual([]);
    const quotes = doc.quotes as { text: string; start: number }[];
    const cps = Array.from(raw.slice(1));
    const now = quotes.find((q) => q.text.startsWith('Now the ministry'))!;
    expect(cps.slice(now.start, now.start + 16).join('')).toBe('Now the ministry');
  });
  it('reads HTML as its visible text', () => {
    const doc = jsonLines(newsx(['quotes', fixture('article.html'), '--input-format', 'html', '--json']).stdout)[0];
    const quotes = doc.quotes as { text: string }[];
    expect(quotes.map((q) => q.text)).toEqual(['We are watching them disappear,']);
  });
  it('an empty file gives empty results and exit 0', () => {
    const r = newsx(['analyze', write('empty.txt', ''), '--json']);
    expect(r.status).toBe(0);
    expect(jsonLines(r.stdout)[0]).toMatchObject({ entities: [], dates: [], quotes: [], events: [] });
  });
  it('an unbalanced quotation mark does not swallow the rest of the article', () => {
    const doc = jsonLines(newsx(['quotes', fixture('unbalanced-quote.txt'), '--json']).stdout)[0];
    const quotes = doc.quotes as { text: string }[];
    expect(quotes.some((q) => q.text === 'It is an investment, not a gamble.')).toBe(true);
    expect(quotes.every((q) => !q.text.includes('\n'))).toBe(true);
  });
});

describe('bad input: one line naming the file, the right exit code, the others still processed', () => {
  it('a missing file', () => {
    const r = newsx(['entities', path.join(tmp, 'nope.txt'), SEED, '--json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`newsx: ${path.join(tmp, 'nope.txt')}: no such file\n`);
    const lines = jsonLines(r.stdout);
    expect(lines[0]).toEqual({ schemaVersion: 1, id: path.join(tmp, 'nope.txt'), error: { message: `${path.join(tmp, 'nope.txt')}: no such file` } });
    expect(lines[1].id).toBe(SEED);
  });
  it('a directory', () => {
    const r = newsx(['entities', tmp]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`newsx: ${tmp}: is a directory\n`);
  });
  it('an unreadable file', () => {
    const f = write('secret.txt', 'Hidden text.');
    fs.chmodSync(f, 0o000);
    const r = newsx(['entities', f]);
    // root can read anything: then the file is simply read
    if (process.getuid?.() === 0) expect(r.status).toBe(0);
    else expect(r.stderr).toBe(`newsx: ${f}: permission denied\n`);
    fs.chmodSync(f, 0o644);
  });
  it('a binary file (NUL bytes)', () => {
    const f = write('image.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const r = newsx(['dates', f]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`newsx: ${f}: binary file (contains NUL bytes)\n`);
  });
  it('invalid UTF-8 is decoded with replacement characters and a warning', () => {
    const f = write('latin1.txt', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' in Paris on Monday.')]));
    const r = newsx(['entities', f, '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`newsx: warning: ${f}: invalid UTF-8, decoded with replacement characters\n`);
    expect(validate(jsonLines(r.stdout)[0])).toBe(true);
  });
  it('JSONL: bad lines give error records in input order and the run goes on (exit 1)', () => {
    const r = newsx(['dates', fixture('batch.jsonl'), '--input-format', 'jsonl', '--json']);
    expect(r.status).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.id)).toEqual(['harbour', null, 'no-text', 'bad-date', 'tram']);
    for (const l of lines) expect(validate(l), JSON.stringify(validate.errors)).toBe(true);
    // the record names a line by its id; its number (which changes when the batch is cut) is on stderr only
    const where = fixture('batch.jsonl');
    expect(lines[1]).toEqual({ schemaVersion: 1, id: null, error: { message: 'not valid JSON' } });
    expect(lines[2].error).toEqual({ message: 'no-text: no "text" or "html" string' });
    expect(lines[3].error).toEqual({ message: 'bad-date: "date" is not a YYYY-MM-DD date' });
    expect(lines[0]).toMatchObject({ referenceDate: '2025-03-04', referenceDateSource: 'input' });
    expect(lines[4]).toMatchObject({ referenceDate: null, referenceDateSource: null });
    expect(r.stderr.trim().split('\n')).toEqual([
      `newsx: ${where}:2: not valid JSON`,
      `newsx: ${where}:3: no-text: no "text" or "html" string`,
      `newsx: ${where}:4: bad-date: "date" is not a YYYY-MM-DD date`,
    ]);
  });
  it('JSONL from standard input, with --date as the default anchor', () => {
    const input = '{"id":"x","text":"It rained on Monday."}\n{"id":"y","text":"Snow.","date":"2020-01-01"}\n';
    const lines = jsonLines(newsx(['dates', '--input-format', 'jsonl', '--json', '--date', '2024-10-21', '-'], { input }).stdout);
    expect(lines.map((l) => [l.id, l.referenceDate, l.referenceDateSource])).toEqual([
      ['x', '2024-10-21', 'option'],
      ['y', '2020-01-01', 'input'],
    ]);
  });
  it('output cut short by the reader (| head -c 100) ends quietly', () => {
    const big = write('big.txt', fs.readFileSync(SEED, 'utf8').repeat(40));
    const out = execSync(`node ${BIN} analyze ${big} ${big} ${big} --json 2>${tmp}/err.txt | head -c 100`, { cwd: ROOT, encoding: 'utf8', shell: '/bin/bash' });
    expect(out).toHaveLength(100);
    expect(fs.readFileSync(path.join(tmp, 'err.txt'), 'utf8')).toBe('');
  });
});

describe('tables', () => {
  it('print readable tables without colour under NO_COLOR', () => {
    const r = newsx(['analyze', SEED, '--date', '2024-10-21']);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    for (const title of ['Entities', 'Dates', 'Quotes', 'Events']) expect(r.stdout).toContain(title);
    expect(r.stdout).toContain('│');
  });
  it('use colour with FORCE_COLOR, none with --no-color', () => {
    expect(newsx(['quotes', SEED], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[/);
    expect(newsx(['quotes', SEED, '--no-color'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });
  it('a dim part of a cell ends on the line where it starts, also where the cell wraps', () => {
    // Narrow tables wrap the event flags ("(reported)") and roles; a dim run left open at a line's
    // end dims the border and the cells after it.
    for (const command of ['entities', 'quotes', 'events', 'timeline']) {
      const out = newsx([command, SEED, '--date', '2024-10-21'], { env: { NO_COLOR: undefined, FORCE_COLOR: '1', COLUMNS: '60' } }).stdout;
      expect(out).toMatch(/\u001b\[2m/);
      for (const line of out.split('\n')) {
        let dim = false;
        for (const [, code] of line.matchAll(/\u001b\[(\d+)m/g)) {
          if (code === '2') dim = true;
          else if (code === '22' || code === '0') dim = false;
        }
        expect(dim, `${command}: ${JSON.stringify(line)}`).toBe(false);
      }
    }
  });
  it('a zero-width space in a quotation does not push the table border out of line', () => {
    const file = write('zero-width.txt', '“We won\u200b the vote in every district,” said Ana Lopez, the campaign manager.\n');
    const out = newsx(['quotes', file, '--no-color'], { env: { COLUMNS: '80' } }).stdout;
    expect(out).toContain('We won the vote');
    const lines = out.split('\n').filter((l) => /^[│┌├└]/.test(l));
    expect(lines.length).toBeGreaterThan(3);
    // Each line as wide on screen as the first: the zero-width space takes no column on screen but
    // one in cli-table3's measure, so a line that kept it would be drawn a column short.
    const onScreen = (l: string) => [...l.replace(/\u200b/g, '')].length;
    for (const line of lines) expect(onScreen(line), line).toBe(onScreen(lines[0]));
  });
  it('the dates table names the reference date', () => {
    expect(newsx(['dates', SEED, '--date', '2024-10-21']).stdout).toContain('Reference date: 2024-10-21 (option)');
  });
});

describe('the code cache of the CLI bundle (bin/newsx.ts)', () => {
  it('is built next to the bundle, and the output is the same with it, without it and freshly written', () => {
    const cache = path.join(path.dirname(BIN), 'newsx.cjs.cache');
    expect(fs.statSync(cache).size).toBeGreaterThan(100_000);
    const args = ['analyze', '--json', fixture('serbia-russia-call.txt')];
    const withCache = newsx(args);
    expect(withCache.status).toBe(0);
    expect(newsx(args, { env: { NEWSX_CODE_CACHE: 'off' } }).stdout).toBe(withCache.stdout);
    const written = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-cache-')), 'newsx.cjs.cache');
    expect(newsx(args, { env: { NEWSX_WRITE_CODE_CACHE: written } }).stdout).toBe(withCache.stdout);
    expect(fs.statSync(written).size).toBeGreaterThan(100_000);
  });
});
