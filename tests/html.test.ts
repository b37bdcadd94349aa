// The HTML page: nesting of overlapping spans, escaping, empty and failed documents, and the
// CLI's --format option end to end (the page in a real browser: html-browser.test.ts).
import { describe, expect, it } from 'vitest';
import { escapeHtml, markText, type Mark } from '../src/render/html-marks.js';
import { renderHtml, type HtmlDocument } from '../src/render/html.js';
import { timelineSvg } from '../src/render/html-timeline.js';
import type { DocumentReport, NewsEvent } from '../src/types.js';
import { fixture, jsonLines, newsx } from './helpers/cli.js';

/** A mark that shows as <name> (and <name part=2> for later pieces), to read nesting at a glance. */
const m = (name: string, start: number, end: number, rank = 0): Mark => ({ start, end, rank, open: (part) => (part === 1 ? `<${name}>` : `<${name} part=${part}>`), close: `</${name}>` });

/** The text of a marked-up string: tags out, character references back. */
const textOf = (html: string) => html.replace(/<[^>]*>/g, '').replace(/&#13;/g, '\r').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('markText: spans nested in place', () => {
  it('an entity inside a quotation, a date inside the quotation', () => {
    const text = 'He said “Putin called on Monday” and left.';
    const out = markText(text, [m('q', 8, 32), m('e', 9, 14), m('d', 25, 31)]);
    expect(out).toBe('He said <q>“<e>Putin</e> called on <d>Monday</d>”</q> and left.');
  });
  it('a span that crosses the end of another is cut into nested pieces, the later ones numbered', () => {
    const text = 'abcdefghij';
    // q covers c..f, e covers e..h: e's first piece closes with q, its second opens after it.
    expect(markText(text, [m('q', 2, 6), m('e', 4, 8)])).toBe('ab<q>cd<e>ef</e></q><e part=2>gh</e>ij');
    // Three deep: x inside y is cut when y ends, again when z ends.
    expect(markText(text, [m('z', 0, 4), m('y', 1, 6), m('x', 2, 9)])).toBe(
      '<z>a<y>b<x>cd</x></y></z><y part=2><x part=2>ef</x></y><x part=3>ghi</x>j',
    );
  });
  it('same extent: the lower rank outside; same start: the longer outside; adjacent spans stay apart', () => {
    expect(markText('Russia', [m('e', 0, 6, 1), m('q', 0, 6, 0)])).toBe('<q><e>Russia</e></q>');
    expect(markText('New York City', [m('a', 0, 8), m('b', 0, 13)])).toBe('<b><a>New York</a> City</b>');
    expect(markText('ab', [m('a', 0, 1), m('b', 1, 2)])).toBe('<a>a</a><b>b</b>');
  });
  it('offsets count code points: an emoji before a span', () => {
    expect(markText('😀 Lisbon', [m('e', 2, 8)])).toBe('😀 <e>Lisbon</e>');
  });
  it('spans outside the text or empty are left out; the text is always whole', () => {
    expect(markText('abc', [m('e', 2, 9), m('f', 1, 1), m('g', -1, 2)])).toBe('abc');
    expect(markText('', [])).toBe('');
  });
  it('escapes markup and keeps carriage returns as references (a parser would drop them)', () => {
    const text = 'a <script>alert("x")</script> & \'b\'\r\nc';
    const out = markText(text, [m('e', 3, 9)]);
    expect(out).toBe('a &lt;<e>script</e>&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;b&#39;&#13;\nc');
    expect(textOf(out)).toBe(text);
    expect(escapeHtml('<img src=x onerror="y">')).toBe('&lt;img src=x onerror=&quot;y&quot;&gt;');
  });
  it('random overlapping spans always give well-nested tags and the text unchanged', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const text = 'The quick brown fox jumps over the lazy dog near Lisbon.';
    for (let round = 0; round < 200; round++) {
      const marks: Mark[] = [];
      for (let i = 0; i < 6; i++) {
        const a = rnd(text.length);
        marks.push(m(`t${i}`, a, a + 1 + rnd(12), i));
      }
      const out = markText(text, marks);
      expect(textOf(out)).toBe(text);
      const stack: string[] = [];
      for (const [, close, name] of out.matchAll(/<(\/?)(t\d)[^>]*>/g)) {
        if (close) expect(stack.pop()).toBe(name);
        else stack.push(name);
      }
      expect(stack).toEqual([]);
      // Each span's pieces together cover exactly its text.
      for (const mk of marks.filter((x) => x.end <= text.length)) {
        const name = (mk.open(1).match(/t\d/) ?? [''])[0];
        let covered = '';
        const re = new RegExp(`<${name}[^>]*>((?:(?!</${name}>).)*)</${name}>`, 'g');
        for (const [, inner] of out.matchAll(re)) covered += textOf(inner);
        expect(covered).toBe(text.slice(mk.start, mk.end));
      }
    }
  });
});

const report = (over: Partial<DocumentReport>): DocumentReport => ({ schemaVersion: 1, id: 'doc', referenceDate: '2024-10-21', referenceDateSource: 'option', ...over });
const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;

describe('renderHtml', () => {
  const text = 'Putin said: “We met <b>Vučić</b> on Monday.” & more';
  const doc: HtmlDocument = {
    text,
    report: report({
      entities: [
        { name: 'Vladimir Putin', type: 'PERSON', count: 1, aliases: ['Putin'], mentions: [{ start: 0, end: 5, text: 'Putin' }] },
        { name: 'Aleksandar Vučić', type: 'PERSON', count: 1, aliases: ['Vučić'], mentions: [{ start: 23, end: 28, text: 'Vučić' }] },
      ],
      dates: [{ start: 36, end: 42, text: 'Monday', type: 'DATE', value: '2024-10-21', range: null }],
      quotes: [{ start: 12, end: 44, text: '“We met <b>Vučić</b> on Monday.”', speaker: 'Vladimir Putin', speakerMention: { start: 0, end: 5, text: 'Putin' }, cue: 'said', partial: false }],
      events: [
        {
          trigger: { start: 16, end: 19, text: 'met' },
          class: 'OCCURRENCE',
          sentence: { start: 0, end: 44 },
          actors: ['Vladimir Putin'],
          targets: ['Aleksandar Vučić'],
          date: { start: 36, end: 42, text: 'Monday', type: 'DATE', value: '2024-10-21', range: null },
          place: null,
          negated: false,
          modality: 'asserted',
        },
      ],
    }),
  };
  const html = renderHtml([doc], { command: 'analyze', timeline: true });
  const article = html.slice(html.indexOf('<div class="text"'), html.indexOf('</div>', html.indexOf('<div class="text"')));

  it('one self-contained page: no external URL, inline style and script only', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<link\b|<img\b|@import|url\(/);
    expect(html).toContain("default-src 'none'");
  });
  it('marks every layer with its data attributes, the article text escaped and unchanged', () => {
    expect(count(article, /data-layer="entity"/g)).toBe(2);
    expect(count(article, /data-layer="date"/g)).toBe(1);
    expect(count(article, /data-layer="quote"/g)).toBe(1);
    expect(count(article, /data-layer="event"/g)).toBe(1);
    expect(article).toContain('data-layer="quote" data-start="12" data-end="44" data-speaker="Vladimir Putin"');
    expect(article).toContain('data-layer="date" data-start="36" data-end="42" data-type="DATE" data-value="2024-10-21"');
    expect(article).toContain('data-layer="event" data-start="16" data-end="19" data-type="OCCURRENCE" data-value="2024-10-21"');
    expect(article).not.toContain('<b>');
    expect(article).toContain('&lt;b&gt;');
    expect(textOf(article)).toBe(text);
  });
  it('lists the entities, the quotes by speaker and a timeline item linked to the event', () => {
    expect(html).toMatch(/<tr id="d1-e0"><td><a class="ent-name" href="#d1-e0-m0"[^>]*>Vladimir Putin<\/a><div class="small" data-field="aliases">Putin<\/div>/);
    expect(html).toContain('<h4>Vladimir Putin <span class="small">(1)</span></h4><ul><li><a href="#d1-q0">““We met &lt;b&gt;Vučić&lt;/b&gt; on Monday.””</a></li></ul>');
    expect(count(html, /data-timeline-item/g)).toBe(1);
    expect(html).toMatch(/<a href="#d1-v0" class="tl-item" data-timeline-item="" data-date="2024-10-21"/);
  });
  it('shows roles, affiliations, speakerRole and metadata when the report has them', () => {
    const r = report({
      entities: [{ name: 'Ana Brnabić', type: 'PERSON', count: 1, aliases: [], mentions: [{ start: 0, end: 11, text: 'Ana Brnabić' }], roles: [{ start: 14, end: 29, text: 'Speaker of the Assembly' }], affiliations: ['National Assembly'] } as never],
      quotes: [{ start: 40, end: 50, text: '“We will.”', speaker: null, speakerMention: null, cue: 'said', partial: false, speakerRole: 'a police spokesman' } as never],
      metadata: { title: 'A <title>', authors: ['Jo Doe'], published: '2024-10-20', siteName: 'Site', language: 'en', url: null },
    } as never);
    const page = renderHtml([{ report: r, text: 'x'.repeat(60) }], { command: 'analyze', timeline: false });
    expect(page).toContain('<div class="small" data-field="roles">Speaker of the Assembly</div><div class="small" data-field="affiliations">National Assembly</div>');
    expect(page).toContain('data-said="a police spokesman"');
    expect(page).not.toContain('data-speaker=');
    expect(page).toContain('<h1>A &lt;title&gt;</h1>');
    expect(page).toContain('by Jo Doe · Site · published 2024-10-20');
  });
  it('an empty document, a failed one, and several documents with a table of contents', () => {
    const empty = renderHtml([{ report: report({ entities: [], dates: [], quotes: [], events: [] }), text: '' }], { command: 'analyze', timeline: true });
    expect(empty).toContain('<div class="text" data-article="d1"></div>');
    expect(empty).toContain('No entities found.');
    expect(empty).toContain('No dated events.');
    const failed = { report: { schemaVersion: 1 as const, id: 'bad.txt', error: { message: 'bad.txt: no such file' } }, text: '' };
    const two = renderHtml([doc, failed], { command: 'analyze', timeline: true });
    expect(two).toContain('<nav class="toc" aria-label="Documents"><h2>Documents (2)</h2><ol><li><a href="#d1">doc</a> <span class="small">2 entities, 1 dates, 1 quotes, 1 events</span></li><li><a href="#d2">bad.txt</a> <span class="small">not analysed</span></li></ol></nav>');
    expect(two).toContain('<section class="doc" id="d2"><h2>bad.txt</h2><p class="error">Not analysed: bad.txt: no such file</p></section>');
    expect(renderHtml([], { command: 'analyze', timeline: true })).toContain('<p>No documents.</p>');
    const warned = renderHtml([{ report: report({ dates: [], warnings: [{ analyzer: 'dates', message: 'boom <x>' }] }), text: 'x' }], { command: 'dates', timeline: false });
    expect(warned).toContain('<p class="error">The dates analyzer failed on this document (boom &lt;x&gt;): its marks are missing.</p>');
  });
});

describe('timelineSvg', () => {
  const ev = (start: number, value: string, range: { start: string; end: string } | null = null): NewsEvent => ({
    trigger: { start, end: start + 3, text: 'met' },
    class: 'OCCURRENCE',
    sentence: { start: 0, end: 10 },
    actors: [],
    targets: [],
    date: { start: 0, end: 4, text: value, type: 'DATE', value, range },
    place: null,
    negated: false,
    modality: 'asserted',
  });
  it('dots for days, bars for periods; the axis is cut at a gap of decades', () => {
    const items = [ev(0, '1945'), ev(10, '2024-10-20'), ev(20, '2024-10-22', { start: '2024-10-22', end: '2024-10-24' }), ev(30, '2024-WI')];
    const svg = timelineSvg(items.map((event, i) => ({ event, href: `v${i}` })), 'Timeline');
    expect(count(svg, /<rect class="tl-bar"/g)).toBe(3); // 1945, 22-24 October, winter 2024
    expect(count(svg, /<circle class="tl-dot"/g)).toBe(1);
    expect(count(svg, /class="axis-break"/g)).toBe(1);
    expect([...svg.matchAll(/data-date="([^"]+)"/g)].map((m) => m[1])).toEqual(['1945-01-01', '2024-10-20', '2024-10-22', '2024-12-01']);
    // Without the cut, 1945 to 2025 on one scale would put the 2024 events within 0.3% of each other.
    const x = [...svg.matchAll(/(?:cx|x)="([\d.]+)%" (?:cy|y)="\d+"(?: width| r)/g)].map((m) => Number(m[1]));
    expect(x[3] - x[1]).toBeGreaterThan(10);
    expect(timelineSvg([{ event: { ...ev(0, 'PRESENT_REF') }, href: 'v0' }], 'T')).toBe('');
  });
  it('years 0001-0099 are those years, not 19xx (issue 17)', () => {
    const svg = timelineSvg([ev(0, '0050'), ev(10, '0050-06-01')].map((event, i) => ({ event, href: `v${i}` })), 'Timeline');
    expect([...svg.matchAll(/data-date="([^"]+)"/g)].map((m) => m[1])).toEqual(['0050-01-01', '0050-06-01']);
    expect(svg).not.toMatch(/19\d\d/);
  });
});

describe('--format on the command line', () => {
  const SEED = fixture('serbia-russia-call.txt');
  it('--format json is --json; --format table is the default', () => {
    const json = newsx(['analyze', SEED, '--date', '2024-10-21', '--json']);
    expect(newsx(['analyze', SEED, '--date', '2024-10-21', '--format', 'json']).stdout).toBe(json.stdout);
    expect(newsx(['dates', SEED, '--format', 'table']).stdout).toBe(newsx(['dates', SEED]).stdout);
  });
  it('--format html writes one page whose marks match the JSON spans, layer by layer', () => {
    const r = newsx(['analyze', SEED, '--date', '2024-10-21', '--format', 'html']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    const [doc] = jsonLines(newsx(['analyze', SEED, '--date', '2024-10-21', '--json']).stdout) as unknown as DocumentReport[];
    const first = (layer: string) => count(r.stdout, new RegExp(`data-layer="${layer}"(?![^>]*data-part)`, 'g'));
    expect(first('entity')).toBe(doc.entities!.reduce((n, e) => n + e.mentions.length, 0));
    expect(first('date')).toBe(doc.dates!.length);
    expect(first('quote')).toBe(doc.quotes!.length);
    expect(first('event')).toBe(doc.events!.length);
  });
  it('each command shows its own layers', () => {
    const quotes = newsx(['quotes', SEED, '--format', 'html']).stdout;
    expect(count(quotes, /data-layer="quote"/g)).toBeGreaterThan(0);
    expect(quotes).not.toMatch(/data-layer="(entity|date|event)"/);
    const dates = newsx(['dates', SEED, '--format', 'html']).stdout;
    expect(dates).not.toMatch(/data-layer="(entity|quote|event)"/);
    expect(dates).not.toContain('data-timeline-item');
    const timeline = newsx(['timeline', SEED, '--date', '2024-10-21', '--format', 'html']).stdout;
    const dated = (jsonLines(newsx(['timeline', SEED, '--date', '2024-10-21', '--json']).stdout)[0] as unknown as DocumentReport).events!;
    expect(count(timeline, /data-timeline-item/g)).toBe(dated.length);
    expect(count(timeline, /data-layer="event"(?![^>]*data-part)/g)).toBe(dated.length);
  });
  it('markup in the article is shown as text', () => {
    const r = newsx(['entities', '-', '--format', 'html'], { input: 'Mayor Ana Silva wrote <script>alert(1)</script> in Lisbon.' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(count(r.stdout, /<script>/g)).toBe(1); // the page's own
  });
  it('several files give one page with a section each; --format html with --json is a usage error', () => {
    const r = newsx(['dates', SEED, fixture('dateline.txt'), 'missing.txt', '--format', 'html', '--jobs', '1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('missing.txt');
    expect(count(r.stdout, /<section class="doc"/g)).toBe(3);
    expect(count(r.stdout, /<!DOCTYPE html>/g)).toBe(1);
    const both = newsx(['dates', SEED, '--format', 'html', '--json']);
    expect(both.status).toBe(2);
    expect(both.stderr).toBe('newsx: --format html and --json ask for different outputs: give one\n');
    expect(newsx(['dates', SEED, '--format', 'xml']).status).toBe(2);
  });
  it('a JSONL batch on two threads gives one page, its documents in order, every span marked', () => {
    const args = ['analyze', fixture('scale-articles.jsonl'), '--input-format', 'jsonl', '--jobs', '2'];
    const page = newsx([...args, '--format', 'html']).stdout;
    const docs = jsonLines(newsx([...args, '--json']).stdout) as unknown as DocumentReport[];
    expect(docs.length).toBe(8);
    expect([...page.matchAll(/<section class="doc" id="d\d+"><h2>([^<]*)<\/h2>/g)].map((m) => m[1])).toEqual(docs.map((d) => d.id));
    const spans = docs.reduce((n, d) => n + d.entities!.reduce((k, e) => k + e.mentions.length, 0) + d.dates!.length + d.quotes!.length + d.events!.length, 0);
    expect(count(page, /data-layer="[a-z]+"(?![^>]*data-part)/g)).toBe(spans);
  });
  it('a corpus is refused above the limit, with --json suggested and nothing written', () => {
    const lines = Array.from({ length: 201 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `Item ${i}.` })).join('\n');
    const r = newsx(['dates', '-', '--input-format', 'jsonl', '--format', 'html', '--jobs', '1'], { input: lines });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^newsx: --format html: more than 200 documents or 2,000,000 characters of text is too much for one page; use --json/);
  });
});
