// The --format html page in a real browser: Debian's chromium (or NEWSX_CHROMIUM), driven headless
// by playwright-core, which downloads nothing. Without a browser these tests are skipped, with a
// notice. Each page is checked for console errors, network requests, marks against the JSON
// spans, its text against the article, and the timeline's order; screenshots at 1280 and 390 px go
// to a folder printed on the console (looked at while building; pixels are not compared).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentReport } from '../src/types.js';
import { fixture, jsonLines, newsx } from './helpers/cli.js';

const CANDIDATES = [process.env.NEWSX_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const executable = CANDIDATES.find((p): p is string => Boolean(p) && fs.existsSync(p!));
if (!executable) console.warn('\n*** newsx: browser tests of --format html SKIPPED: no chromium found (apt-get install chromium, or set NEWSX_CHROMIUM) ***\n');

const SHOTS = process.env.NEWSX_SHOTS ?? path.join(os.tmpdir(), 'newsx-html-screenshots');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsx-html-'));

/** `file` copied under a deep folder whose name has no spaces or hyphens (no place to break a line): the page's heading is the path. */
function deep(file: string): string {
  const dir = path.join(tmp, 'a_folder_name_long_enough_to_overflow_a_phone_screen_on_its_own', 'and_one_more_level');
  fs.mkdirSync(dir, { recursive: true });
  const copy = path.join(dir, path.basename(file));
  fs.copyFileSync(file, copy);
  return copy;
}

const FIXTURES = [
  { name: 'serbia-russia-call', file: fixture('serbia-russia-call.txt'), args: ['--date', '2024-10-21'] },
  { name: 'dateline', file: deep(fixture('dateline.txt')), args: [] },
  { name: 'bom-crlf-emoji', file: fixture('bom-crlf-emoji.txt'), args: [] },
];

interface Loaded {
  page: Page;
  problems: string[];
  requests: string[];
}

describe.skipIf(!executable)('--format html in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: executable, args: ['--no-sandbox', '--disable-gpu'] });
    fs.mkdirSync(SHOTS, { recursive: true });
    console.log(`newsx: screenshots of the HTML pages in ${SHOTS}`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The page of `html` opened from a file, with what it logged and asked the network for. */
  async function open(name: string, html: string, width = 1280, colorScheme: 'light' | 'dark' = 'light'): Promise<Loaded> {
    const file = path.join(tmp, `${name}.html`);
    fs.writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, problems, requests };
  }

  for (const f of FIXTURES) {
    it(`${f.name}: marks, text and timeline match the JSON, nothing logged or fetched`, async () => {
      const run = newsx(['analyze', f.file, '--format', 'html', ...f.args]);
      expect(run.status).toBe(0);
      const [report] = jsonLines(newsx(['analyze', f.file, '--json', ...f.args]).stdout) as unknown as DocumentReport[];
      const [timeline] = jsonLines(newsx(['timeline', f.file, '--json', ...f.args]).stdout) as unknown as DocumentReport[];
      const { page, problems, requests } = await open(f.name, run.stdout);

      // Each layer's spans, read from the page (first pieces only) and from the JSON.
      const onPage = await page.$$eval('[data-article] [data-layer]:not([data-part])', (els) =>
        els.map((e) => `${e.getAttribute('data-layer')} ${e.getAttribute('data-start')}-${e.getAttribute('data-end')}`).sort(),
      );
      const inJson = [
        ...report.entities!.flatMap((e) => e.mentions.map((m) => `entity ${m.start}-${m.end}`)),
        ...report.dates!.map((d) => `date ${d.start}-${d.end}`),
        ...report.quotes!.map((q) => `quote ${q.start}-${q.end}`),
        ...report.events!.map((e) => `event ${e.trigger.start}-${e.trigger.end}`),
      ].sort();
      expect(onPage).toEqual(inJson);
      for (const layer of ['entity', 'date', 'quote', 'event']) {
        expect(onPage.filter((s) => s.startsWith(`${layer} `)).length, layer).toBe(inJson.filter((s) => s.startsWith(`${layer} `)).length);
      }
      // Every piece's text is the text its offsets name (pieces of a cut span: inside its offsets).
      const codePoints = Array.from(fs.readFileSync(f.file, 'utf8').replace(/^\uFEFF/, ''));
      const pieces = await page.$$eval('[data-article] [data-layer]', (els) => els.map((e) => ({ start: Number(e.getAttribute('data-start')), end: Number(e.getAttribute('data-end')), part: e.hasAttribute('data-part'), text: e.textContent ?? '' })));
      for (const p of pieces) {
        const whole = codePoints.slice(p.start, p.end).join('');
        if (p.part) expect(whole).toContain(p.text);
        else expect(whole.startsWith(p.text)).toBe(true);
      }

      // The marks do not change the text.
      expect(await page.$eval('[data-article]', (e) => e.textContent)).toBe(codePoints.join(''));

      // The timeline: one item per dated event, in calendar order, each linking to its event.
      const items = await page.$$eval('[data-timeline-item]', (els) =>
        els.map((e) => ({ date: e.getAttribute('data-date')!, start: Number(e.getAttribute('data-start')), target: (e.getAttribute('href') ?? '').slice(1) })),
      );
      expect(items.map((i) => i.start)).toEqual(timeline.events!.map((e) => e.trigger.start));
      expect([...items.map((i) => i.date)].sort()).toEqual(items.map((i) => i.date));
      for (const i of items) expect(await page.$eval(`[id="${i.target}"]`, (e) => Number(e.getAttribute('data-start')))).toBe(i.start);

      await page.screenshot({ path: path.join(SHOTS, `${f.name}-1280.png`), fullPage: true });
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: path.join(SHOTS, `${f.name}-390.png`), fullPage: true });
      // On a phone the page is one column: nothing wider than the screen but the timeline's own scroll box
      // (the heading is the file's path, without spaces and long in a deep folder, as `deep` makes it: it wraps). On failure,
      // the message names the elements that reach past the screen's edge.
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > 390)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(e.getBoundingClientRect().right)}px: ${(e.textContent ?? '').slice(0, 40)}`),
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth), wide.join('\n')).toBeLessThanOrEqual(390);
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      await page.close();
    });
  }

  it('a click on an entity marks all its mentions and shows its aliases; a date shows its value on focus', async () => {
    const run = newsx(['analyze', fixture('serbia-russia-call.txt'), '--date', '2024-10-21', '--format', 'html']);
    const { page, problems } = await open('seed-click', run.stdout, 1280, 'dark');
    const first = page.locator('[data-article] mark[data-entity]').first();
    const entity = (await first.getAttribute('data-entity'))!;
    await first.click();
    const total = await page.locator(`[data-article] [data-entity="${entity}"]`).count();
    expect(await page.locator(`[data-article] [data-entity="${entity}"].sel`).count()).toBe(total);
    expect(await page.locator('#panel').isVisible()).toBe(true);
    expect(await page.locator('#panel-body').textContent()).toContain('type: ');
    await page.keyboard.press('Escape');
    expect(await page.locator('#panel').isVisible()).toBe(false);
    const date = page.locator('[data-article] mark[data-layer="date"]').first();
    await date.focus();
    const tip = await date.evaluate((e) => getComputedStyle(e, '::after').content);
    expect(tip).toContain((await date.getAttribute('data-value'))!);
    await page.screenshot({ path: path.join(SHOTS, 'serbia-russia-call-dark-1280.png'), fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('an article with <script> and markup shows it as text and runs nothing', async () => {
    const text = 'Mayor Ana Silva wrote <script>window.pwned = 1</script> and <img src="http://127.0.0.1:9/x.png" onerror="window.pwned = 2"> in Lisbon on 3 May 2024.';
    const run = newsx(['analyze', '-', '--format', 'html'], { input: text });
    const { page, problems, requests } = await open('script', run.stdout);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.$eval('[data-article]', (e) => e.textContent)).toBe(text);
    expect(await page.locator('[data-article] script, [data-article] img').count()).toBe(0);
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
