// Human tables: the same report object the JSON renderer prints, as cli-table3 tables fitted to
// the terminal width. Colour comes from the one Chalk instance the CLI made (level 0 = none).

import type { ChalkInstance } from 'chalk';
import type TableType from 'cli-table3';
import { createRequire } from 'node:module';
import type { DateExpression, DocumentReport, Entity, NewsEvent, Quote } from '../types.js';

export interface TableOptions {
  chalk: ChalkInstance;
  width: number;
  /** events: show every mention, not only those with an argument. */
  all?: boolean;
}

/** Column widths (including padding) that fill `width`, flexible columns sharing what is left. */
export function widths(width: number, fixed: (number | null)[]): number[] {
  const borders = fixed.length + 1;
  const used = fixed.reduce<number>((n, w) => n + (w ?? 0), 0);
  const flexible = fixed.filter((w) => w === null).length || 1;
  const share = Math.max(12, Math.floor((width - borders - used) / flexible));
  return fixed.map((w) => w ?? share);
}

// cli-table3 (with its string-width and ansi-regex) is loaded on the first table, so JSON output,
// the batch path, never pays for it at start-up.
const require = createRequire(import.meta.url);
let TableClass: typeof TableType | null = null;

/** The table of `rows` under `head`, columns `colWidths` wide, drawn by cli-table3 (see drawn). */
export function drawTable(head: string[], colWidths: number[], rows: string[][], o: { chalk: ChalkInstance }): string {
  const Table = (TableClass ??= require('cli-table3') as typeof TableType);
  const table = new Table({
    head: head.map((h) => o.chalk.bold(h)),
    colWidths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  for (const row of rows) table.push(drawn(row));
  return table.toString();
}

const none = (o: TableOptions) => o.chalk.dim('—');

// Characters a terminal draws as nothing that cli-table3's width measure counts as a column (the
// zero-width space, word joiner and a byte-order mark inside text): left in, they push the cell's
// border out of line.
const INVISIBLE = /[\u200B\u2060\uFEFF]/g;

/** A table row as it is drawn: the cells without the invisible characters above. */
function drawn(cells: string[]): string[] {
  return cells.map((c) => c.replace(INVISIBLE, ''));
}

/**
 * Dim text one word at a time. cli-table3 opens a cell's colours again on each line of a wrapped
 * cell, but not dim: a dim run across the space where the cell wraps stayed dim over the padding,
 * the border and the cells to its right. Runs that hold no space never cross a wrap.
 */
function dimWords(text: string, o: { chalk: ChalkInstance }): string {
  return text
    .split(' ')
    .map((w) => (w ? o.chalk.dim(w) : w))
    .join(' ');
}

export function entitiesTable(entities: Entity[], o: TableOptions): string {
  if (!entities.length) return o.chalk.dim('No entities found.');
  const rows = entities.map((e) => {
    const aliases = e.aliases.filter((a) => a !== e.name);
    // The first role the article gives a person, under the name: who they are at a glance.
    const name = e.roles.length ? `${o.chalk.cyan(e.name)}\n${dimWords(e.roles[0].text, o)}` : o.chalk.cyan(e.name);
    return [name, e.type, String(e.count), aliases.length ? aliases.join(', ') : none(o)];
  });
  return drawTable(['Name', 'Type', 'Count', 'Aliases'], widths(o.width, [null, 14, 7, null]), rows, o);
}

function rangeText(d: { range: { start: string; end: string } | null }): string | null {
  return d.range ? `${d.range.start} … ${d.range.end}` : null;
}

export function datesTable(dates: DateExpression[], o: TableOptions): string {
  if (!dates.length) return o.chalk.dim('No time expressions found.');
  const rows = dates.map((d) => [o.chalk.cyan(d.text), d.type, d.value, rangeText(d) ?? none(o)]);
  return drawTable(['Text', 'Type', 'Value', 'Range'], widths(o.width, [null, 10, 18, 25]), rows, o);
}

export function quotesTable(quotes: Quote[], o: TableOptions): string {
  if (!quotes.length) return o.chalk.dim('No quotes found.');
  const rows = quotes.map((q) => {
    // "Kovacs and Halloran said": every speaker the phrase names.
    const speaker = (q.speakers.length > 1 ? q.speakers.join(' & ') : q.speaker) ?? q.speakerRole ?? q.speakerMention?.text ?? null;
    return [speaker ? o.chalk.cyan(speaker) : none(o), q.cue ?? none(o), `“${q.text}”${q.partial ? ` ${dimWords('(partial)', o)}` : ''}`];
  });
  return drawTable(['Speaker', 'Cue', 'Quote'], widths(o.width, [22, 14, null]), rows, o);
}

/** Events a reader would list: with an actor, a target, a date or a place. */
export function hasArguments(e: NewsEvent): boolean {
  return e.actors.length > 0 || e.targets.length > 0 || e.date !== null || e.place !== null;
}

function eventFlags(e: NewsEvent): string {
  const flags = [e.negated ? 'negated' : null, e.modality !== 'asserted' ? e.modality : null].filter(Boolean);
  return flags.join(', ');
}

export function eventsTable(events: NewsEvent[], o: TableOptions): string {
  const shown = o.all ? events : events.filter(hasArguments);
  if (!shown.length) return o.chalk.dim(events.length ? 'No events with arguments (use --all to list every mention).' : 'No events found.');
  const rows = shown.map((e) => {
    const trigger = o.chalk.cyan(e.trigger.text) + (eventFlags(e) ? ` ${dimWords(`(${eventFlags(e)})`, o)}` : '');
    const when = e.date ? `${e.date.text}\n${dimWords(rangeText(e.date) ?? e.date.value, o)}` : none(o);
    return [trigger, e.class, e.actors.join(', ') || none(o), e.targets.join(', ') || none(o), when, e.place ?? none(o)];
  });
  return drawTable(['Event', 'Class', 'Who', 'Whom', 'When', 'Where'], widths(o.width, [16, 13, null, null, 22, 14]), rows, o);
}

function excerpt(codePoints: string[], e: NewsEvent, max = 90): string {
  const s = codePoints.slice(e.sentence.start, e.sentence.end).join('').replace(/\s+/g, ' ');
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

export function timelineTable(events: NewsEvent[], text: string, o: TableOptions): string {
  if (!events.length) return o.chalk.dim('No dated events found.');
  const codePoints = Array.from(text); // report offsets count code points, not UTF-16 units
  const rows = events.map((e) => {
    const d = e.date!;
    return [`${o.chalk.bold(rangeText(d) ?? d.value)}\n${dimWords(d.text, o)}`, o.chalk.cyan(e.trigger.text), e.actors.join(', ') || none(o), excerpt(codePoints, e)];
  });
  return drawTable(['When', 'Event', 'Who', 'Sentence'], widths(o.width, [24, 16, 22, null]), rows, o);
}

/** The document's line above its tables: id, then what the page says of itself, then the reference date. */
export function header(report: Pick<DocumentReport, 'id' | 'referenceDate' | 'referenceDateSource' | 'metadata'>, o: TableOptions): string {
  const date = report.referenceDate ? `${report.referenceDate} (${report.referenceDateSource})` : 'none';
  const m = report.metadata;
  const page = [
    m?.title ? `“${m.title}”` : '',
    m?.authors.length ? `by ${m.authors.join(', ')}` : '',
    m?.siteName ?? '',
    m?.published ? `published ${m.published}` : '',
  ].filter(Boolean);
  return o.chalk.bold(report.id ?? 'document') + o.chalk.dim(`${page.length ? `  · ${page.join(' · ')}` : ''}  · reference date: ${date}`);
}
