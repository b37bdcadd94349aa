// A bordered table with columns of fixed width, as the human output prints its findings: a cell's
// text wraps at white space to its column, a word wider than the column is cut with "…", and a
// colour or style still open at the end of a cell's line is closed there and opened again on the
// next line, so that borders and the cells beside it stay plain.
//
// newsx drew its tables with cli-table3 before; this draws the same boxes with one pass per cell
// and one width measure per word and line, which a cold start can afford (docs/performance.md,
// session 13): cli-table3 merged a dozen options per cell and measured each word and line several
// times with a regular expression built per call.

import { displayWidth, SGR } from './text-width.js';

const ELLIPSIS = '…';
const PADDING = 1; // one space each side of a cell's text
const SPACES = /(\s+)/;

export class BoxTable {
  private readonly rows: string[][] = [];

  /** `widths`: each column's width between its borders, padding included. */
  constructor(
    private readonly head: readonly string[],
    private readonly widths: readonly number[],
  ) {}

  push(...rows: string[][]): number {
    for (const row of rows) this.rows.push(row);
    return this.rows.length;
  }

  toString(): string {
    const rule = (left: string, middle: string, right: string) => left + this.widths.map((w) => '─'.repeat(w)).join(middle) + right;
    const out = [rule('┌', '┬', '┐')];
    [this.head, ...this.rows].forEach((row, y) => {
      if (y > 0) out.push(rule('├', '┼', '┤'));
      const cells = this.widths.map((w, x) => cellLines(row[x] ?? '', w - 2 * PADDING));
      const height = Math.max(1, ...cells.map((lines) => lines.length));
      for (let n = 0; n < height; n++) {
        const line = cells.map((lines, x) => ' '.repeat(PADDING) + fit(lines[n] ?? '', this.widths[x] - 2 * PADDING) + ' '.repeat(PADDING));
        out.push(`│${line.join('│')}│`);
      }
    });
    out.push(rule('└', '┴', '┘'));
    return out.join('\n');
  }
}

/** The lines of a cell: its own lines, each wrapped to `max` columns, styles carried across. */
export function cellLines(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const own of text.split('\n')) wrap(own, max, lines);
  return carryStyles(lines);
}

/**
 * Greedy wrap at runs of white space, which are dropped at a break: as many words on a line as
 * fit in `max` columns; a word wider than that gets a line of its own (fit cuts it). A line with
 * no visible text is left out.
 */
function wrap(text: string, max: number, into: string[]): void {
  const parts = text.split(SPACES); // words at even indices, the spaces between them at odd ones
  let line = '';
  let width = 0;
  for (let i = 0; i < parts.length; i += 2) {
    const word = parts[i];
    const space = i > 0 ? parts[i - 1] : '';
    const wordWidth = displayWidth(word);
    const after = width + wordWidth + (width > 0 ? space.length : 0);
    if (after > max) {
      if (width > 0) into.push(line);
      line = word;
      width = wordWidth;
    } else {
      line += space + word;
      width = after;
    }
  }
  if (width > 0) into.push(line);
}

/** `line` cut to `max` columns (its last column then "…") and padded with spaces to `max`. */
function fit(line: string, max: number): string {
  const width = displayWidth(line);
  if (width <= max) return line + ' '.repeat(max - width);
  const cut = cutTo(line, max - ELLIPSIS.length);
  return cut + ELLIPSIS + ' '.repeat(Math.max(0, max - displayWidth(cut) - ELLIPSIS.length));
}

/** The longest start of `line` within `max` columns, with the styles it leaves open closed. */
function cutTo(line: string, max: number): string {
  const styles = new Styles();
  let kept = '';
  let visible = '';
  let at = 0;
  for (const m of line.matchAll(SGR)) {
    for (const ch of line.slice(at, m.index)) {
      if (displayWidth(visible + ch) > max) return kept + styles.closers();
      visible += ch;
      kept += ch;
    }
    at = m.index + m[0].length;
    if (displayWidth(visible) >= max) return kept + styles.closers();
    kept += m[0];
    styles.read(m[0]);
  }
  for (const ch of line.slice(at)) {
    if (displayWidth(visible + ch) > max) break;
    visible += ch;
    kept += ch;
  }
  return kept + styles.closers();
}

/** Each line closes what it leaves open, and the next opens it again. */
function carryStyles(lines: string[]): string[] {
  const styles = new Styles();
  return lines.map((line) => {
    const openers = styles.openers();
    for (const m of line.matchAll(SGR)) styles.read(m[0]);
    return openers + line + styles.closers();
  });
}

/**
 * The SGR styles open at a point of a line: one slot per attribute (foreground, background, bold,
 * dim, italic, ...), each with the code that opened it and the one that closes it.
 */
class Styles {
  private readonly open = new Map<string, { code: string; close: string }>();

  read(code: string): void {
    const n = Number(code.slice(2, -1).split(';')[0] || 0);
    if (n === 0) this.open.clear();
    else if ((n >= 30 && n <= 38) || (n >= 90 && n <= 97)) this.set('fg', code, 39);
    else if ((n >= 40 && n <= 48) || (n >= 100 && n <= 107)) this.set('bg', code, 49);
    else if (n === 39) this.open.delete('fg');
    else if (n === 49) this.open.delete('bg');
    else if (n === 22) {
      this.open.delete('1');
      this.open.delete('2');
    } else if (n >= 23 && n <= 29) this.open.delete(String(n - 20));
    else if (n >= 1 && n <= 9) this.set(String(n), code, n <= 2 ? 22 : 20 + n);
  }

  private set(slot: string, code: string, close: number): void {
    this.open.delete(slot);
    this.open.set(slot, { code, close: `\x1b[${close}m` });
  }

  openers(): string {
    let s = '';
    for (const { code } of this.open.values()) s += code;
    return s;
  }

  /** Innermost first; bold and dim share their closing code, written once. */
  closers(): string {
    const codes = [...this.open.values()].reverse().map((o) => o.close);
    return [...new Set(codes)].join('');
  }
}
