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
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** First and last day (UTC ms) of an event's date, or null when it has no calendar value. */
function extent(e: NewsEvent): [number, number] | null {
  const start = e.date ? periodStart(e.date) : null;
  if (!start) return null;
  const from = dayOf(start);
  const to = e.date?.range ? dayOf(e.date.range.end) : from;
  return Number.isFinite(from) && Number.isFinite(to) ? [from, Math.max(from, to)] : null;
}

/** Tick days on the axis: years, months or days, at most about six, on round dates. */
function ticks(min: number, max: number): { t: number; label: string }[] {
  const days = (max - min) / DAY;
  const out: { t: number; label: string }[] = [];
  const d = new Date(min);
  if (days > 3 * 365) {
    const y0 = d.getUTCFullYear();
    const y1 = new Date(max).getUTCFullYear();
    const step = Math.max(1, Math.ceil((y1 - y0 + 1) / 6));
    for (let y = y0 + 1; y <= y1; y += step) out.push({ t: Date.UTC(y, 0, 1), label: String(y) });
  } else if (days > 45) {
    const months = days / 30.4;
    const step = [1, 2, 3, 6, 12].find((s) => months / s <= 6) ?? 12;
    for (let m = d.getUTCMonth() + 1, y = d.getUTCFullYear(); ; m += step) {
      const t = Date.UTC(y, m, 1);
      if (t > max) break;
      const td = new Date(t);
      out.push({ t, label: `${MONTHS[td.getUTCMonth()]} ${td.getUTCFullYear()}` });
    }
  } else {
    const step = Math.max(1, Math.ceil(days / 6));
    for (let t = min; t <= max; t += step * DAY) {
      const td = new Date(t);
      out.push({ t, label: `${td.getUTCDate()} ${MONTHS[td.getUTCMonth()]}` });
    }
  }
  return out;
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
  const rows = items.map((it) => ({ ...it, span: extent(it.event) })).filter((r) => r.span);
  if (!rows.length) return '';
  let min = Math.min(...rows.map((r) => r.span![0]));
  let max = Math.max(...rows.map((r) => r.span![1])) + DAY; // the last day drawn to its end
  if (max - min < 7 * DAY) {
    // A few days: widen to a week so a single day is not the whole axis.
    const pad = Math.ceil((7 * DAY - (max - min)) / 2 / DAY) * DAY;
    min -= pad;
    max += pad;
  }
  const x = (t: number) => (LEFT + ((t - min) / (max - min)) * (RIGHT - LEFT)).toFixed(2);
  const height = AXIS + rows.length * ROW + 6;
  const parts: string[] = [];
  parts.push(`<svg class="timeline" role="img" width="100%" height="${height}" aria-label="${escapeHtml(caption)}" xmlns="http://www.w3.org/2000/svg">`);
  parts.push(`<title>${escapeHtml(caption)}</title>`);
  parts.push(`<line class="axis" x1="${LEFT}%" x2="${RIGHT}%" y1="${AXIS - 8}" y2="${AXIS - 8}"/>`);
  for (const tick of ticks(min, max)) {
    parts.push(`<line class="tick" x1="${x(tick.t)}%" x2="${x(tick.t)}%" y1="${AXIS - 12}" y2="${height}"/>`);
    parts.push(`<text class="tick-label" x="${x(tick.t)}%" y="${AXIS - 15}" text-anchor="middle">${escapeHtml(tick.label)}</text>`);
  }
  rows.forEach((r, i) => {
    const [from, to] = r.span!;
    const top = AXIS + i * ROW;
    const label = labelOf(r.event);
    const date = iso(from);
    parts.push(`<a href="#${r.href}" class="tl-item" data-timeline-item="" data-date="${date}" data-start="${r.event.trigger.start}" data-end="${r.event.trigger.end}">`);
    parts.push(`<title>${escapeHtml(label)}</title>`);
    parts.push(`<text class="tl-label" x="${LEFT}%" y="${top + 13}">${escapeHtml(shorten(label))}</text>`);
    if (to > from) {
      const x1 = Number(x(from));
      const x2 = Number(x(to + DAY));
      parts.push(`<rect class="tl-bar" x="${x1}%" y="${top + 20}" width="${Math.max(0.6, x2 - x1).toFixed(2)}%" height="10" rx="3"/>`);
    } else {
      parts.push(`<circle class="tl-dot" cx="${x(from + DAY / 2)}%" cy="${top + 25}" r="5"/>`);
    }
    parts.push('</a>');
  });
  parts.push('</svg>');
  return parts.join('');
}
