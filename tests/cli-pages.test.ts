// Web pages through the built CLI: --input-format auto, `newsx text`, JSONL lines with html,
// the metadata on every document and as the reference date.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { fixture, jsonLines, newsx, ROOT } from './helpers/cli.js';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema/document.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-pages-'));
const write = (name: string, content: string) => {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, content);
  return f;
};
const PAGE = fixture('pages/harbour-bridge.html');

describe('--input-format auto', () => {
  it('a .html file is read as a page: the article, not the menus; the same as --input-format html', () => {
    const auto = jsonLines(newsx(['entities', '--json', PAGE]).stdout)[0];
    const forced = jsonLines(newsx(['entities', '--json', '--input-format', 'html', PAGE]).stdout)[0];
    expect(auto).toEqual(forced);
    const names = (auto.entities as { name: string }[]).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Harbour Bridge', 'Priya Natarajan', 'Mill Street']));
    for (const furniture of ['Coastal Courier', 'Facebook', 'England']) expect(names.join('|')).not.toContain(furniture);
    expect(validate(auto)).toBe(true);
  });

  it('a page saved as .txt is recognised by its first bytes; --input-format text reads it as text', () => {
    const f = write('saved.txt', fs.readFileSync(PAGE, 'utf8'));
    const auto = jsonLines(newsx(['text', '--json', f]).stdout)[0];
    expect((auto.text as string).startsWith('Harbour bridge to close for repairs next spring\nThe Harbour Bridge')).toBe(true);
    const text = jsonLines(newsx(['text', '--json', '--input-format', 'text', f]).stdout)[0];
    expect((text.text as string).startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('plain text is read as before, with all metadata unknown', () => {
    const doc = jsonLines(newsx(['text', '--json', fixture('dateline.txt')]).stdout)[0];
    expect(doc.text).toBe(fs.readFileSync(fixture('dateline.txt'), 'utf8'));
    expect(doc.metadata).toEqual({ title: null, authors: [], published: null, siteName: null, language: null, url: null });
    expect(validate(doc)).toBe(true);
  });
});

describe('newsx text', () => {
  it('prints the article text, one paragraph per line; offsets of other commands index into it', () => {
    const r = newsx(['text', PAGE]);
    expect(r.status).toBe(0);
    const text = r.stdout.replace(/\n$/, '');
    expect(text.split('\n')).toHaveLength(11);
    const quotes = jsonLines(newsx(['quotes', '--json', PAGE]).stdout)[0].quotes as { start: number; end: number; text: string }[];
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(Array.from(text).slice(q.start, q.end).join('')).toBe(q.text);
  });

  it('--json: the document with text and metadata; the published date is the reference date unless --date is given', () => {
    const doc = jsonLines(newsx(['text', '--json', PAGE]).stdout)[0];
    expect(Object.keys(doc)).toEqual(['schemaVersion', 'id', 'referenceDate', 'referenceDateSource', 'metadata', 'text']);
    expect([doc.referenceDate, doc.referenceDateSource]).toEqual(['2024-03-14', 'metadata']);
    const dated = jsonLines(newsx(['text', '--json', '--date', '2024-01-02', PAGE]).stdout)[0];
    expect([dated.referenceDate, dated.referenceDateSource]).toEqual(['2024-01-02', 'option']);
    expect(validate(doc)).toBe(true);
  });

  it('relative dates in the page resolve against its published date (Thursday 14 March 2024)', () => {
    const dates = jsonLines(newsx(['dates', '--json', PAGE]).stdout)[0].dates as { text: string; value: string }[];
    expect(dates.find((d) => d.text === 'April next year')?.value).toBe('2025-04');
    expect(dates.find((d) => d.text === 'Thursday')?.value).toBe('2024-03-14');
  });

  it('the table header line names the page', () => {
    const r = newsx(['analyze', PAGE]);
    expect(r.stdout.split('\n')[0]).toBe(`${PAGE}  · “Harbour bridge to close for repairs next spring” · by Ruth Ambler, Tomasz Wilk · The Coastal Courier · published 2024-03-14T09:30:00+00:00  · reference date: 2024-03-14 (metadata)`);
  });

  it('a page with no article: its whole text and a warning on stderr, exit 0', () => {
    const r = newsx(['text', fixture('pages/home-page.html')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('Riverside Weekly\nCouncil approves new library budget\nFlood defences finished ahead of winter\nSchool choir wins regional prize\n');
    expect(r.stderr).toBe(`newsx: warning: ${fixture('pages/home-page.html')}: no article found on the page: its whole visible text is read\n`);
  });
});

describe('JSONL lines with html', () => {
  it('html (with url) is read as a page, text lines as text; the url is the id when there is none; bad lines are errors', () => {
    const html = fs.readFileSync(PAGE, 'utf8');
    const input = [
      JSON.stringify({ html, url: 'https://courier.example/story' }),
      JSON.stringify({ id: 'plain', text: 'The mayor spoke in Leeds on Monday.' }),
      JSON.stringify({ id: 'dated', html, date: '2024-05-01' }),
      JSON.stringify({ id: 'neither', url: 'https://courier.example/x' }),
    ].join('\n');
    const r = newsx(['text', '--json', '--input-format', 'jsonl', '-'], { input });
    expect(r.status).toBe(1);
    const docs = jsonLines(r.stdout);
    expect(docs.map((d) => d.id)).toEqual(['https://courier.example/story', 'plain', 'dated', 'neither']);
    expect((docs[0].text as string).split('\n')[0]).toBe('Harbour bridge to close for repairs next spring');
    expect((docs[0].metadata as { url: string }).url).toBe('https://courier.example/news/2024/03/harbour-bridge-repairs');
    expect(docs[1].text).toBe('The mayor spoke in Leeds on Monday.');
    expect([docs[2].referenceDate, docs[2].referenceDateSource]).toEqual(['2024-05-01', 'input']);
    expect(docs[3].error).toEqual({ message: 'neither: no "text" or "html" string' });
    for (const d of docs.slice(0, 3)) expect(validate(d)).toBe(true);
  });
});
