// The page's metadata, read before the article is looked for (Readability changes the document):
// JSON-LD (schema.org NewsArticle and kin), OpenGraph and article:* meta tags, Dublin Core and
// the like, <time datetime>, byline elements, <html lang>, <link rel=canonical>. The first source
// that gives a field wins, in the order of how deliberately pages state it.

import type { DocumentMetadata } from '../../types.js';

type Json = unknown;

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|WebPage|Review|BackgroundNewsArticle)$/;

const REFERENCE = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Character references left in a value: JSON-LD and some meta tags carry HTML-escaped text
 * ("Bike &amp; Style", "&#8216;The Medium&#8217;"), escaped once more than the page's own text.
 */
function unescape(s: string): string {
  return s.replace(REFERENCE, (m, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? m;
    const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

function clean(s: unknown): string | null {
  if (typeof s !== 'string') return null;
  const t = unescape(s).replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * "Headline | TheHill" → "Headline", when what follows the last separator names the site, or what
 * precedes it is the page's visible headline.
 */
function withoutSiteName(title: string, siteName: string | null, url: string | null, headings: string[]): string {
  const m = /^(.{10,}?)\s+[|\-–—:•·]\s+([^|\-–—:•·]{2,40})$/.exec(title);
  if (!m) return title;
  if (headings.some((h) => squash(h) === squash(m[1]))) return m[1];
  const tail = squash(m[2]);
  const host = url ? squash(new URL(url).hostname.replace(/^www\./, '').split('.')[0]) : '';
  const site = siteName ? squash(siteName) : '';
  return tail && (tail === site || tail === host || (site && site.includes(tail)) || (host && tail.includes(host))) ? m[1] : title;
}

/** Every object in a JSON-LD value, @graph and nested arrays included. */
function* ldObjects(value: Json, depth = 0): Generator<Record<string, Json>> {
  if (depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) yield* ldObjects(v, depth + 1);
    return;
  }
  const o = value as Record<string, Json>;
  yield o;
  if (o['@graph']) yield* ldObjects(o['@graph'], depth + 1);
}

function ldTypes(o: Record<string, Json>): string[] {
  const t = o['@type'];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : typeof t === 'string' ? [t] : [];
}

function names(value: Json): string[] {
  const out: string[] = [];
  for (const v of Array.isArray(value) ? value : [value]) {
    if (typeof v === 'string') out.push(...splitAuthors(v));
    else if (v && typeof v === 'object') {
      const n = clean((v as Record<string, Json>).name);
      if (n) out.push(n.replace(/^by\s+/i, ''));
    }
  }
  return out;
}

/** "By Jane Doe and John Roe" → ["Jane Doe", "John Roe"]. */
export function splitAuthors(byline: string): string[] {
  const t = clean(byline
    .replace(/^\s*(written\s+)?by\s*:?\s+/i, '')
    .replace(/\s*[|•·].*$/, ''));
  if (!t) return [];
  return t
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s && s.length <= 80 && !/^https?:/i.test(s) && !/\d{4}/.test(s));
}

function fromJsonLd(document: Document): DocumentMetadata {
  const facts: DocumentMetadata = { title: null, authors: [], published: null, siteName: null, language: null, url: null };
  const articles: Record<string, Json>[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let value: Json;
    try {
      value = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken block is skipped, like a browser would
    }
    for (const o of ldObjects(value)) if (ldTypes(o).some((t) => ARTICLE_TYPES.test(t))) articles.push(o);
  }
  // The article's own object before a WebPage that wraps it.
  const isPage = (o: Record<string, Json>) => ldTypes(o).every((t) => t === 'WebPage');
  articles.sort((a, b) => Number(isPage(a)) - Number(isPage(b)));
  {
    for (const o of articles) {
      facts.title ??= clean(o.headline) ?? clean(o.name);
      if (!facts.authors.length && o.author) facts.authors = names(o.author);
      facts.published ??= clean(o.datePublished) ?? clean(o.dateCreated);
      const publisher = o.publisher as Record<string, Json> | undefined;
      if (publisher && typeof publisher === 'object') facts.siteName ??= clean(publisher.name);
      facts.language ??= clean(o.inLanguage);
      const main = o.mainEntityOfPage;
      facts.url ??= clean(o.url) ?? (main && typeof main === 'object' ? clean((main as Record<string, Json>)['@id']) : clean(main));
    }
  }
  return facts;
}

function meta(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const el = document.querySelector(`meta[${attr}="${key}"]`);
      const v = clean(el?.getAttribute('content'));
      if (v) return v;
    }
  }
  return null;
}

/** An ISO 8601 date or date-time as the page wrote it, or the date-time a looser form names. */
export function normaliseDate(value: string | null): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(value.trim());
  if (m) {
    const [, y, mo, d, h, mi, s, zone] = m;
    if (+mo < 1 || +mo > 12 || +d < 1 || +d > 31) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const z = zone === undefined ? '' : zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${z}`;
  }
  // "Tue, 19 Nov 2019 10:48:00 GMT", "November 19, 2019": Date.parse reads these as UTC or local;
  // only the calendar date is kept, which both agree on for the forms without a time.
  const t = Date.parse(value);
  if (Number.isNaN(t)) return null;
  const date = new Date(t);
  if (date.getUTCFullYear() < 1900 || date.getUTCFullYear() > 2200) return null;
  return date.toISOString().slice(0, 10);
}

function bylineAuthors(document: Document): string[] {
  for (const sel of ['[rel="author"]', '[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', '.byline', '.author', '[class*="byline"]', '[class*="author-name"]']) {
    const el = document.querySelector(sel);
    const found = el ? splitAuthors(el.textContent ?? '') : [];
    if (found.length && found.every((a) => a.split(' ').length <= 5)) return found;
  }
  return [];
}

function absolute(url: string | null, base: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, base ?? undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

export function readMetadata(document: Document, pageUrl: string | null): DocumentMetadata {
  const ld = fromJsonLd(document);
  const h1 = clean(document.querySelector('h1')?.textContent);
  const title = ld.title ?? meta(document, 'og:title', 'twitter:title', 'dc.title', 'DC.title') ?? h1 ?? clean(document.querySelector('title')?.textContent);
  let authors = ld.authors;
  if (!authors.length) {
    const tag = meta(document, 'author', 'article:author', 'dc.creator', 'DC.creator', 'sailthru.author', 'parsely-author');
    authors = tag && !/^https?:/i.test(tag) ? splitAuthors(tag) : bylineAuthors(document);
  }
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? null;
  const published = normaliseDate(
    ld.published ??
      meta(document, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'dc.date', 'DC.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date') ??
      clean(time),
  );
  const siteName = ld.siteName ?? meta(document, 'og:site_name', 'application-name');
  const lang = ld.language ?? clean(document.documentElement?.getAttribute('lang')) ?? meta(document, 'og:locale', 'language', 'dc.language');
  const language = lang ? lang.replace('_', '-').split(/[\s,;]/)[0] : null;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  const url = absolute(canonical, pageUrl) ?? absolute(meta(document, 'og:url'), pageUrl) ?? absolute(ld.url, pageUrl) ?? absolute(pageUrl, null);
  const headings = [...document.querySelectorAll('h1,h2')].slice(0, 8).map((h) => h.textContent ?? '');
  return { title: title && withoutSiteName(title, siteName, url, headings), authors: [...new Set(authors)], published, siteName, language, url };
}
