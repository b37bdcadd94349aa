// The timeline of a document as an SVG on a calendar axis: one row per dated event, in calendar
// order, a dot for a day or a moment, a bar for a period of several days. Each row has its own
// label line, so labels never overlap; x positions are percentages of the drawing's width, so
// the text keeps its size on a phone instead of shrinking with a scaled drawing.

import { periodStart } from '../events/timeline.js';
import type { NewsEvent } from '../types.js';
import { escapeHtml } from './html-marks.js';

const DAY = 86_400_000;
const ROW = 38; // px per event
const AXIS = 28; // px above the first row
const LEFT = 2; // % margins of the axis
const RIGHT = 97;
const MAX_LABEL = 52; // characters of a row's label; the whole label is in its <title>

export interface TimelineItem {
  event: NewsEvent;
  /** The event's element id in the text. */
  href: string;
}

const dayOf = (iso: string) => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`);
/** Date.UTC that takes years 0-99 as written (Date.UTC reads them as 1900-1999). */
function utc(year: number, month: number, day = 1): number {
  const d = new Date(0);
  return d.setUTCFullYear(year, month, day);
}
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The last day of the period a value without a range names: a year, a month, a season, a
 * quarter, a half or a week is drawn as a bar over its days, a day or a moment as a dot.
 */
function periodEnd(value: string, from: number): number {
  const f = new Date(from);
  const y = f.getUTCFullYear();
  const m = f.getUTCMonth();
  const endOfMonth = (months: number) => utc(y, m + months) - DAY;
  if (/^\d{4}$/.test(value)) return endOfMonth(12);
  if (/^\d{4}-\d{2}$/.test(value)) return endOfMonth(1);
  if (/^\d{4}-(Q[1-4]|SP|SU|FA|AU|WI)$/.test(value)) return endOfMonth(3);
  if (/^\d{4}-H[12]$/.test(value)) return endOfMonth(6);
  if (/^\d{4}-W\d{2}$/.test(value)) return from + 6 * DAY;
  return from;
}

/** First and last day (UTC ms) of an event's date, or null when it has no calendar value. */
function extent(e: NewsEvent): [number, number] | null {
  const start = e.date ? periodStart(e.date) : null;
  if (!start || !e.date) return null;
  const from = dayOf(start);
  const to = e.date.range ? dayOf(e.date.range.end) : periodEnd(e.date.value, from);
  return Number.isFinite(from) && Number.isFinite(to) ? [from, Math.max(from, to)] : null;
}

/** Tick days on [min, max]: years, months or days, at most about `most`, on round dates. */
function ticks(min: number, max: number, most: number): { t: number; label: string }[] {
  const days = (max - min) / DAY;
  const out: { t: number; label: string }[] = [];
  const d = new Date(min);
  if (days > 3 * 365) {
    const y0 = d.getUTCFullYear();
    const y1 = new Date(max).getUTCFullYear();
    const step = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => (y1 - y0) / s <= most) ?? 100;
    for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) out.push({ t: utc(y, 0), label: String(y) });
  } else if (days > 45) {
    const step = [1, 2, 3, 6, 12].find((s) => days / 30.4 / s <= most) ?? 12;
    for (let m = d.getUTCMonth(), y = d.getUTCFullYear(); ; m += step) {
      const t = utc(y, m);
      if (t > max) break;
      const td = new Date(t);
      out.push({ t, label: `${MONTHS[td.getUTCMonth()]} ${td.getUTCFullYear()}` });
    }
  } else {
    // Days: the first tick of a stretch says the year too.
    const step = Math.max(1, Math.ceil(days / most));
    for (let t = min; t <= max; t += step * DAY) {
      const td = new Date(t);
      out.push({ t, label: `${td.getUTCDate()} ${MONTHS[td.getUTCMonth()]}${t === min ? ` ${td.getUTCFullYear()}` : ''}` });
    }
  }
  return out.filter((k) => k.t >= min && k.t <= max);
}

/** A stretch of the axis: days [from, to) drawn between x0 and x1 (% of the width). */
interface Segment {
  from: number;
  to: number;
  x0: number;
  x1: number;
}

const BREAK = 4; // % of the width between two stretches of the axis
const MIN_SPAN = 7 * DAY; // a stretch covers at least a week, so one day is not the whole axis

/**
 * The axis as one or more stretches of calendar: an event of 1945 in an article about 2024 would
 * squeeze every other event into one corner, so the axis is cut (at most twice) where the dates
 * leave a gap of more than a third of the whole span; each stretch is then drawn to its own scale,
 * its width shared by its events.
 */
function segments(spans: [number, number][]): Segment[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const clusters: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else clusters.push([a, b]);
  }
  const total = clusters[clusters.length - 1][1] - clusters[0][0];
  const gaps = clusters
    .slice(1)
    .map((c, i) => ({ at: i + 1, size: c[0] - clusters[i][1] }))
    .filter((g) => g.size > total / 3)
    .sort((a, b) => b.size - a.size)
    .slice(0, 2)
    .map((g) => g.at)
    .sort((a, b) => a - b);
  const cuts = [0, ...gaps, clusters.length];
  const stretches = cuts.slice(1).map((end, i) => {
    let from = clusters[cuts[i]][0];
    let to = clusters[end - 1][1];
    if (to - from < MIN_SPAN) {
      const pad = Math.ceil((MIN_SPAN - (to - from)) / 2 / DAY) * DAY;
      from -= pad;
      to += pad;
    }
    return { from, to };
  });
  // Width: a quarter shared equally, the rest by the number of events (where the reader looks).
  const room = RIGHT - LEFT - BREAK * (stretches.length - 1);
  const events = (s: { from: number; to: number }) => spans.filter(([a]) => a >= s.from && a < s.to).length;
  let x = LEFT;
  return stretches.map((s) => {
    const w = room * (0.25 / stretches.length + (0.75 * events(s)) / spans.length);
    const seg = { ...s, x0: x, x1: x + w };
    x += w + BREAK;
    return seg;
  });
}

function shorten(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > MAX_LABEL ? one.slice(0, MAX_LABEL - 1) + '…' : one;
}

function labelOf(e: NewsEvent): string {
  const d = e.date!;
  const who = e.actors.length ? `${e.actors.join(', ')}: ` : '';
  return `${d.range && d.range.start !== d.range.end ? `${d.range.start} – ${d.range.end}` : d.value}  ${who}${e.trigger.text}`;
}

/** The SVG of the dated events (already in calendar order), or '' when there are none. */
export function timelineSvg(items: readonly TimelineItem[], caption: string): string {
  const rows = items.flatMap((it) => {
    const span = extent(it.event);
    return span ? [{ ...it, from: span[0], to: span[1] + DAY }] : []; // a last day drawn to its end
  });
  if (!rows.length) return '';
  const segs = segments(rows.map((r) => [r.from, r.to]));
  const seg = (t: number) => segs.find((s) => t <= s.to) ?? segs[segs.length - 1];
  const pos = (t: number) => {
    const s = seg(t);
    return s.x0 + ((t - s.from) / (s.to - s.from)) * (s.x1 - s.x0);
  };
  const pct = (n: number) => `${n.toFixed(2)}%`;
  const height = AXIS + rows.length * ROW + 6;
  const parts: string[] = [];
  parts.push(`<svg class="timeline" role="img" width="100%" height="${height}" aria-label="${escapeHtml(caption)}" xmlns="http://www.w3.org/2000/svg">`);
  parts.push(`<title>${escapeHtml(caption)}</title>`);
  let lastTick = -Infinity;
  for (const s of segs) {
    parts.push(`<line class="axis" x1="${pct(s.x0)}" x2="${pct(s.x1)}" y1="${AXIS - 8}" y2="${AXIS - 8}"/>`);
    if (s !== segs[0]) parts.push(`<text class="axis-break" x="${pct(s.x0 - BREAK / 2)}" y="${AXIS - 4}" text-anchor="middle">≈</text>`);
    const most = Math.max(1, Math.round((6 * (s.x1 - s.x0)) / (RIGHT - LEFT)));
    for (const tick of ticks(s.from, s.to, most)) {
      const tx = s.x0 + ((tick.t - s.from) / (s.to - s.from)) * (s.x1 - s.x0);
      // Keep tick labels apart; the end of a stretch before a cut is the next one's business.
      if (tx - lastTick < 14 || (tick.t >= s.to && s !== segs[segs.length - 1])) continue;
      lastTick = tx;
      const anchor = tx < 12 ? 'start' : tx > 88 ? 'end' : 'middle';
      parts.push(`<line class="tick" x1="${pct(tx)}" x2="${pct(tx)}" y1="${AXIS - 12}" y2="${height}"/>`);
      parts.push(`<text class="tick-label" x="${pct(tx)}" y="${AXIS - 15}" text-anchor="${anchor}">${escapeHtml(tick.label)}</text>`);
    }
  }
  rows.forEach((r, i) => {
    const top = AXIS + i * ROW;
    const label = labelOf(r.event);
    parts.push(`<a href="#${r.href}" class="tl-item" data-timeline-item="" data-date="${iso(r.from)}" data-start="${r.event.trigger.start}" data-end="${r.event.trigger.end}">`);
    parts.push(`<title>${escapeHtml(label)}</title>`);
    parts.push(`<text class="tl-label" x="${LEFT}%" y="${top + 13}">${escapeHtml(shorten(label))}</text>`);
    if (r.to - r.from > DAY) {
      const x1 = pos(r.from);
      parts.push(`<rect class="tl-bar" x="${pct(x1)}" y="${top + 20}" width="${pct(Math.max(0.8, pos(r.to) - x1))}" height="10" rx="3"/>`);
    } else {
      parts.push(`<circle class="tl-dot" cx="${pct(pos(r.from + DAY / 2))}" cy="${top + 25}" r="5"/>`);
    }
    parts.push('</a>');
  });
  parts.push('</svg>');
  return parts.join('');
}
