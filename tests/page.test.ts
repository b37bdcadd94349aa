// Web pages: the article found on pages written for these tests (fixtures/pages/), with the exact
// text expected, the metadata from each kind of source, and pages that must not break the reader.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPage } from '../src/input/read.js';
import { splitAuthors, normaliseDate } from '../src/input/html/metadata.js';
import { looksLikeHtml } from '../src/input/detect.js';
import { decodeBytes } from '../src/input/charset.js';
import { fixture } from './helpers/cli.js';

const page = (name: string) => fs.readFileSync(fixture(`pages/${name}`), 'utf8');

describe('the article on a page', () => {
  it('JSON-LD page: headline, paragraphs, subheading, quote and list in order; no cookie notice, menu, byline, share buttons, caption, advert, related stories, comments or footer', async () => {
    const r = await readPage(page('harbour-bridge.html'));
    expect(r.text).toBe(
      [
        'Harbour bridge to close for repairs next spring',
        'The Harbour Bridge will close to traffic for six weeks from April next year while engineers replace its expansion joints, the county council said on Thursday.',
        'Buses will be diverted over the Mill Street crossing, adding about ten minutes to journeys between the old town and the ferry terminal, according to a council report published this week.',
        'Why the work cannot wait',
        'Inspectors found cracks in two of the bridge’s four joints last autumn. The council’s chief engineer, Priya Natarajan, said the repairs were “overdue but not an emergency”.',
        'We would rather close the bridge for six weeks in spring than for six months after a failure.',
        'The council listed three measures to limit the disruption:',
        'a free shuttle bus every fifteen minutes during the closure;',
        'extra parking at the ferry terminal;',
        'night work on weekdays to shorten the programme.',
        'Local businesses on the quay said they would press the council to finish before the summer season begins in June.',
      ].join('\n'),
    );
    expect(r.warnings).toEqual([]);
    expect(r.metadata).toEqual({
      title: 'Harbour bridge to close for repairs next spring',
      authors: ['Ruth Ambler', 'Tomasz Wilk'],
      published: '2024-03-14T09:30:00+00:00',
      siteName: 'The Coastal Courier',
      language: 'en-GB',
      url: 'https://courier.example/news/2024/03/harbour-bridge-repairs',
    });
  });

  it('the canonical link resolves against the page address', async () => {
    const r = await readPage(page('harbour-bridge.html'), { url: 'https://www.courier.example/x?utm=1' });
    expect(r.metadata.url).toBe('https://www.courier.example/news/2024/03/harbour-bridge-repairs');
  });

  it('OpenGraph and article:* tags, a meta author, references decoded; no byline line, menu or newsletter box', async () => {
    const r = await readPage(page('opengraph-byline.html'));
    expect(r.text).toBe(
      [
        'Le marché couvert rouvre ses portes',
        'Après dix-huit mois de travaux, le marché couvert de la place Carnot a rouvert samedi matin devant plusieurs centaines d\'habitants venus découvrir la nouvelle halle.',
        'Les quarante étals ont été reconstruits et la charpente d\'origine, datée de 1894, a été restaurée par des artisans de la région.',
        '« Nous avons gardé l’âme du lieu », a déclaré la maire, Hélène Bastide, lors de l’inauguration.',
      ].join('\n'),
    );
    expect(r.metadata).toEqual({
      title: 'Le marché couvert rouvre ses portes',
      authors: ['Claire Dumont'],
      published: '2023-09-02T07:15:00+02:00',
      siteName: 'Gazette du Val',
      language: 'fr',
      url: 'https://gazette.example/articles/marche',
    });
  });

  it('<br> layout, <time datetime>, an author element, a <title> with the site after a dash', async () => {
    const r = await readPage(page('time-and-br.html'));
    expect(r.text).toBe(
      [
        'Council approves new library budget',
        'The town council voted on Monday to give the public library an extra £120,000 next year, enough to reopen on Sundays.',
        'Councillor Anne Marsh, who proposed the motion, said the library had lost a third of its opening hours since 2015.',
        'The vote passed by nine votes to four. Two councillors abstained, saying they wanted to see the full accounts first.',
        'The new hours start in January & will be reviewed after six months.',
      ].join('\n'),
    );
    expect(r.metadata).toMatchObject({ title: 'Council approves new library budget', authors: ['Sam Okafor'], published: '2022-11-07' });
  });

  it('a page with no article gives its whole visible text and a warning', async () => {
    const r = await readPage(page('home-page.html'));
    expect(r.text).toBe('Riverside Weekly\nCouncil approves new library budget\nFlood defences finished ahead of winter\nSchool choir wins regional prize');
    expect(r.warnings).toEqual(['no article found on the page: its whole visible text is read']);
  });
});

describe('pages that must not break the reader', () => {
  it.each([
    ['empty', ''],
    ['truncated markup', '<html><body><article><p>The minister said on Friday that talks would resume in'],
    ['script only', '<html><head><script>document.write("<p>hello</p>")</script></head><body><script>var x = 1;</script></body></html>'],
    ['a fragment without <html>', '<p>Just one paragraph, written without any document around it.</p>'],
    ['unclosed tags and stray ends', '<div><p>One <b>two <i>three</p></div></span></td> four'],
    ['broken JSON-LD', '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script></head><body><p>Text.</p></body></html>'],
  ])('%s', async (_name, html) => {
    const r = await readPage(html);
    expect(typeof r.text).toBe('string');
    expect(r.text).not.toMatch(/<\/?[a-z]+[\s>]/i);
  });

  it('deeply nested markup (20,000 levels) is read whole, quickly, without a stack overflow', async () => {
    const html = `<html><body>${'<div>'.repeat(20_000)}<p>Deep inside, the mayor said the budget was balanced for the first time in a decade.</p>${'</div>'.repeat(20_000)}</body></html>`;
    const started = Date.now();
    const r = await readPage(html);
    expect(r.text).toBe('Deep inside, the mayor said the budget was balanced for the first time in a decade.');
    expect(r.warnings).toEqual(['markup nested more than 120 deep: the whole visible text is read']);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('a page over 10 MB is refused with a reason', async () => {
    await expect(readPage(`<html><body><p>${'word '.repeat(2_200_000)}</p></body></html>`)).rejects.toThrow(/^page too large to read \(10 MB of HTML, the limit is 10 MB\)$/);
  });

  it('script-only page gives no text, not the script', async () => {
    const r = await readPage('<html><body><script>var secret = "not article text";</script></body></html>');
    expect(r.text).toBe('');
  });

  it('numeric and named character references everywhere', async () => {
    const r = await readPage('<html><body><article><p>Caf&eacute; owners &amp; staff met on 3&nbsp;May &#8212; &#x201C;a long day,&#x201D; one said &hellip; &#128512;</p></article></body></html>');
    expect(r.text).toContain('Café owners & staff met on 3 May — “a long day,” one said … 😀');
  });
});

describe('metadata pieces', () => {
  it.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['Jane Doe, John Roe & Ann Poe', ['Jane Doe', 'John Roe', 'Ann Poe']],
    ['by: Jane Doe | Staff writer', ['Jane Doe']],
    ['https://facebook.com/janedoe', []],
  ])('splitAuthors(%j)', (s, expected) => expect(splitAuthors(s)).toEqual(expected));

  it.each([
    ['2024-03-14T09:30:00+0100', '2024-03-14T09:30:00+01:00'],
    ['2024-03-14T09:30Z', '2024-03-14T09:30:00Z'],
    ['2024-03-14', '2024-03-14'],
    ['2024-13-01', null],
    ['Tue, 19 Nov 2019', '2019-11-19'],
    ['yesterday', null],
  ])('normaliseDate(%j)', (s, expected) => expect(normaliseDate(s)).toBe(expected));
});

describe('format detection and decoding', () => {
  it.each([
    ['page.html', 'plain words', true],
    ['page.HTM', '', true],
    ['notes.txt', '<!DOCTYPE html><html><body>x</body></html>', true],
    ['notes.txt', '\ufeff  <!-- saved --><html lang="en">', true],
    ['notes.txt', '<p>A paragraph in a text file</p>', false],
    ['notes.txt', 'The <html> tag starts a page.', false],
  ])('looksLikeHtml(%j, %j) = %s', (name, text, expected) => expect(looksLikeHtml(name, text)).toBe(expected));

  it('windows-1252, ISO-8859-2 and Shift_JIS from a header or <meta charset>', () => {
    const warnings: string[] = [];
    expect(decodeBytes(Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x80]), warnings, { contentType: 'text/html; charset=windows-1252' })).toBe('“Café” €');
    expect(decodeBytes(Buffer.concat([Buffer.from('<meta charset="iso-8859-2"><p>'), Buffer.from([0xb3, 0xf3, 0x64, 0xbc])]), warnings, { html: true })).toBe('<meta charset="iso-8859-2"><p>łódź');
    expect(decodeBytes(Buffer.from([0x93, 0x8c, 0x8b, 0x9e]), warnings, { contentType: 'text/html; charset=Shift_JIS' })).toBe('東京');
    expect(warnings).toEqual([]);
  });

  it('a charset label nobody knows falls back to UTF-8 with a warning', () => {
    const warnings: string[] = [];
    expect(decodeBytes(Buffer.from('plain'), warnings, { contentType: 'text/html; charset=klingon' })).toBe('plain');
    expect(warnings).toEqual(['unknown charset "klingon", decoded as UTF-8']);
  });
});
