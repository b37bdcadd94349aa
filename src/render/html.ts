// `--format html`: one self-contained page of one or more documents. Each document's text is
// shown with its layers marked in place (entities, dates, quotes, events), beside the entity list,
// the quotes grouped by speaker and the timeline. Every marked element carries data-layer,
// data-start and data-end (code points, as in the JSON) and data-type / data-value /
// data-speaker where they apply, so tools and tests can read the page. The CLI loads this module
// only for --format html (it is a bundle of its own, dist/cli/render-html.js).

import { timelineOf } from '../events/timeline.js';
import type { DateExpression, DocumentReport, Entity, ErrorReport, NewsEvent, Quote, Span } from '../types.js';
import { escapeHtml, markText, type Mark } from './html-marks.js';
import { CSS, SCRIPT } from './html-style.js';
import { timelineSvg } from './html-timeline.js';

/** Fields other parts of the contract add (metadata, roles, speakerRole): shown when present. */
interface Metadata {
  title?: string | null;
  authors?: string[];
  published?: string | null;
  siteName?: string | null;
  url?: string | null;
}
type EntityShown = Entity & { roles?: Span[]; affiliations?: string[] };
type QuoteShown = Quote & { speakerRole?: string | null };
type ReportShown = DocumentReport & { metadata?: Metadata | null };

export interface HtmlDocument {
  report: ReportShown | ErrorReport;
  /** The text the report's offsets index into. */
  text: string;
}

export interface HtmlOptions {
  /** The command that made the reports, for the page title ("analyze", "quotes", ...). */
  command: string;
  /** Draw the timeline (the events, analyze and timeline commands). */
  timeline: boolean;
}

const esc = escapeHtml;
const attr = (name: string, value: string | number | null | undefined) => (value === null || value === undefined ? '' : ` ${name}="${esc(String(value))}"`);

/** Outer first when two spans of different layers cover the same text. */
const RANK = { quote: 0, entity: 1, event: 2, date: 3 } as const;

function mark(layer: keyof typeof RANK, span: { start: number; end: number }, id: string | null, attrs: string, tabbable: boolean): Mark {
  const base = `<mark class="${layer === 'entity' ? 'ent' : layer}" data-layer="${layer}" data-start="${span.start}" data-end="${span.end}"${attrs}`;
  return {
    start: span.start,
    end: span.end,
    rank: RANK[layer],
    open: (part) => (part === 1 ? `${base}${attr('id', id)}${tabbable ? ' tabindex="0"' : ''}>` : `${base} data-part="${part}">`),
    close: '</mark>',
  };
}

function rangeText(d: { range: { start: string; end: string } | null }): string | null {
  return d.range && d.range.start !== d.range.end ? `${d.range.start} – ${d.range.end}` : null;
}

/** What a quotation's label says: the speaker, else the description that names them, else the words naming them. */
function saidBy(q: QuoteShown): string | null {
  return q.speaker ?? q.speakerRole ?? q.speakerMention?.text ?? null;
}

interface Ids {
  entity: (i: number) => string;
  mention: (i: number, j: number) => string;
  quote: (i: number) => string;
  event: (i: number) => string;
  date: (i: number) => string;
}

function marksOf(r: ReportShown, ids: Ids): Mark[] {
  const marks: Mark[] = [];
  r.entities?.forEach((e, i) => {
    const title = `${e.name} · ${e.type}`;
    e.mentions.forEach((m, j) => marks.push(mark('entity', m, ids.mention(i, j), `${attr('data-type', e.type)}${attr('data-entity', ids.entity(i))}${attr('title', title)}`, true)));
  });
  r.dates?.forEach((d: DateExpression, i) => {
    const tip = `${d.type} ${d.value}${rangeText(d) ? ` (${rangeText(d)})` : ''}`;
    marks.push(mark('date', d, ids.date(i), `${attr('data-type', d.type)}${attr('data-value', d.value)}${attr('data-tip', tip)}${attr('title', tip)}`, true));
  });
  r.quotes?.forEach((q: QuoteShown, i) => {
    const said = saidBy(q);
    marks.push(mark('quote', q, ids.quote(i), `${attr('data-speaker', q.speaker)}${attr('data-said', said)}${attr('title', said ? `said by ${said}` : 'speaker unknown')}`, false));
  });
  r.events?.forEach((e, i) => {
    const parts = [e.class, e.actors.length ? `who: ${e.actors.join(', ')}` : '', e.targets.length ? `whom: ${e.targets.join(', ')}` : '', e.date ? `when: ${e.date.value}` : '', e.place ? `where: ${e.place}` : '', e.negated ? 'negated' : '', e.modality !== 'asserted' ? e.modality : ''];
    marks.push(mark('event', e.trigger, ids.event(i), `${attr('data-type', e.class)}${attr('data-value', e.date?.value)}${attr('title', parts.filter(Boolean).join(' · '))}`, false));
  });
  return marks;
}

function legend(r: ReportShown): string {
  const items: string[] = [];
  const types = [...new Set((r.entities ?? []).map((e) => e.type))];
  for (const t of types) items.push(`<li><span class="chip" data-type="${t}"></span>${esc(t.toLowerCase())}</li>`);
  if (r.quotes) items.push('<li><span class="swatch-quote">“quotation”</span> with its speaker</li>');
  if (r.dates) items.push('<li><span class="swatch-date">date</span> value on hover or focus</li>');
  if (r.events) items.push('<li><span class="swatch-event">event</span> trigger</li>');
  return items.length ? `<ul class="legend" aria-label="Legend">${items.join('')}</ul>` : '';
}

function entityList(entities: EntityShown[], ids: Ids): string {
  if (!entities.length) return '<section><h3>Entities</h3><p class="small">No entities found.</p></section>';
  const rows = entities.map((e, i) => {
    const aliases = e.aliases.filter((a) => a !== e.name);
    const roles = [...new Set((e.roles ?? []).map((r) => r.text))];
    const extra = [
      aliases.length ? `<div class="small" data-field="aliases">${esc(aliases.join(', '))}</div>` : '',
      roles.length ? `<div class="small" data-field="roles">${esc(roles.join('; '))}</div>` : '',
      e.affiliations?.length ? `<div class="small" data-field="affiliations">${esc(e.affiliations.join(', '))}</div>` : '',
    ].join('');
    const first = e.mentions.length ? ids.mention(i, 0) : null;
    const name = first ? `<a class="ent-name" href="#${first}" data-entity="${ids.entity(i)}" data-field="name">${esc(e.name)}</a>` : `<span data-field="name">${esc(e.name)}</span>`;
    return `<tr id="${ids.entity(i)}"><td>${name}${extra}</td><td class="type"><span class="chip" data-type="${e.type}"></span> <span data-field="type">${esc(e.type)}</span></td><td class="n" data-field="mentions">${e.count}</td></tr>`;
  });
  return `<section><h3>Entities (${entities.length})</h3><table><thead><tr><th>Name</th><th>Type</th><th class="n">Count</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function quoteList(quotes: QuoteShown[], entities: EntityShown[], ids: Ids): string {
  if (!quotes.length) return '<section class="quotes"><h3>Quotes</h3><p class="small">No quotes found.</p></section>';
  const groups = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    const key = saidBy(q) ?? '';
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const byName = new Map(entities.map((e) => [e.name, e]));
  const out: string[] = [];
  for (const [speaker, list] of groups) {
    const q0 = quotes[list[0]];
    const roles = q0.speaker ? [...new Set((byName.get(q0.speaker)?.roles ?? []).map((r) => r.text))] : [];
    const role = roles.length ? roles.join('; ') : q0.speaker ? null : (q0.speakerRole ?? null);
    const who = speaker ? `${esc(speaker)}${role && role !== speaker ? ` <span class="small">${esc(role)}</span>` : ''}` : '<span class="small">speaker unknown</span>';
    const items = list.map((i) => `<li><a href="#${ids.quote(i)}">“${esc(quotes[i].text)}”</a>${quotes[i].partial ? ' <span class="small">(partial)</span>' : ''}</li>`);
    out.push(`<h4>${who} <span class="small">(${list.length})</span></h4><ul>${items.join('')}</ul>`);
  }
  return `<section class="quotes"><h3>Quotes by speaker (${quotes.length})</h3>${out.join('')}</section>`;
}

function timelineSection(events: NewsEvent[], ids: Ids, title: string): string {
  const dated = timelineOf(events);
  const index = new Map(events.map((e, i) => [e, i]));
  const svg = timelineSvg(
    dated.map((e) => ({ event: e, href: ids.event(index.get(e)!) })),
    `Timeline of ${title}: ${dated.length} dated event${dated.length === 1 ? '' : 's'}`,
  );
  return `<section><h3>Timeline (${dated.length})</h3>${svg ? `<div class="timeline-box">${svg}</div>` : '<p class="small">No dated events.</p>'}</section>`;
}

function titleOf(r: ReportShown | ErrorReport, n: number): string {
  return ('metadata' in r ? r.metadata?.title : null) || r.id || `Document ${n}`;
}

function metaLine(r: ReportShown): string {
  const m = r.metadata;
  const bits = [
    m?.authors?.length ? `by ${m.authors.join(', ')}` : '',
    m?.siteName ?? '',
    m?.published ? `published ${m.published}` : '',
    r.referenceDate ? `reference date ${r.referenceDate}${r.referenceDateSource ? ` (${r.referenceDateSource})` : ''}` : 'no reference date',
    r.id && m?.title ? r.id : '',
  ].filter(Boolean);
  return `<p class="meta">${bits.map(esc).join(' · ')}</p>`;
}

function documentSection(doc: HtmlDocument, n: number, o: HtmlOptions, many: boolean): string {
  const r = doc.report;
  const p = `d${n}`;
  const title = titleOf(r, n);
  const heading = many ? `<h2>${esc(title)}</h2>` : `<h1>${esc(title)}</h1>`;
  if ('error' in r) return `<section class="doc" id="${p}">${heading}<p class="error">Not analysed: ${esc(r.error.message)}</p></section>`;
  const ids: Ids = {
    entity: (i) => `${p}-e${i}`,
    mention: (i, j) => `${p}-e${i}-m${j}`,
    quote: (i) => `${p}-q${i}`,
    event: (i) => `${p}-v${i}`,
    date: (i) => `${p}-t${i}`,
  };
  const text = doc.text.charCodeAt(0) === 0xfeff ? doc.text.slice(1) : doc.text;
  const side = [r.entities ? entityList(r.entities, ids) : '', r.quotes ? quoteList(r.quotes, r.entities ?? [], ids) : ''].join('');
  const timeline = o.timeline && r.events ? timelineSection(r.events, ids, title) : '';
  return [
    `<section class="doc" id="${p}">`,
    heading,
    metaLine(r),
    ...(r.warnings ?? []).map((w) => `<p class="error">The ${esc(w.analyzer)} analyzer failed on this document (${esc(w.message)}): its marks are missing.</p>`),
    legend(r),
    '<div class="doc-body">',
    `<div><div class="text" data-article="${p}">${markText(text, marksOf(r, ids))}</div>${timeline}</div>`,
    side ? `<aside>${side}</aside>` : '',
    '</div></section>',
  ].join('');
}

function tableOfContents(docs: readonly HtmlDocument[]): string {
  const items = docs.map((d, i) => {
    const r = d.report;
    const counts =
      'error' in r
        ? 'not analysed'
        : [
            r.entities ? `${r.entities.length} entities` : '',
            r.dates ? `${r.dates.length} dates` : '',
            r.quotes ? `${r.quotes.length} quotes` : '',
            r.events ? `${r.events.length} events` : '',
          ]
            .filter(Boolean)
            .join(', ');
    return `<li><a href="#d${i + 1}">${esc(titleOf(r, i + 1))}</a> <span class="small">${esc(counts)}</span></li>`;
  });
  return `<nav class="toc" aria-label="Documents"><h2>Documents (${docs.length})</h2><ol>${items.join('')}</ol></nav>`;
}

/** The whole page, one string. */
export function renderHtml(docs: readonly HtmlDocument[], o: HtmlOptions): string {
  const many = docs.length !== 1;
  const title = many ? `newsx ${o.command}: ${docs.length} documents` : `newsx ${o.command}: ${titleOf(docs[0].report, 1)}`;
  const body = docs.map((d, i) => documentSection(d, i + 1, o, many)).join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing may be fetched: a policy that allows only the page's own inline style and script.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(title)}</title>`,
    `<style>${CSS}</style></head><body><main>`,
    many ? `<h1>${esc(title)}</h1>${tableOfContents(docs)}` : '',
    docs.length ? body : '<p>No documents.</p>',
    '</main>',
    '<div id="panel" class="panel" role="status" aria-live="polite" hidden><button type="button" id="panel-close" aria-label="Close">×</button><div id="panel-body"></div></div>',
    `<script>${SCRIPT}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}
