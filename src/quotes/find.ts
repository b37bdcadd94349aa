// Quotation spans, paragraph by paragraph: pair each opening mark with the next closing one. A
// mark left open runs to the end of its paragraph and no further, so one stray mark cannot
// swallow the article; a paragraph that opens with a mark and never closes it is the first part
// of a multi-paragraph quotation whose next paragraph reopens with a mark.

import type { Paragraph } from '../article/article.js';
import { DOUBLE_MARK_RE, markRole } from './marks.js';

export interface QuoteSpan {
  /** The words inside the marks, trimmed of spaces (UTF-16). */
  start: number;
  end: number;
  /** Offset of the opening mark, and of the closing mark (the paragraph end when unclosed). */
  open: number;
  close: number;
  closed: boolean;
  paragraph: number;
  /** The opening mark is the first character of its paragraph. */
  opensParagraph: boolean;
}

/** The words between the marks, trimmed; null when nothing is left (“”). */
function spanOf(text: string, open: number, close: number, closed: boolean, p: number, para: Paragraph): QuoteSpan | null {
  let s = open + 1;
  let e = close;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e - s < 2) return null;
  return { start: s, end: e, open, close, closed, paragraph: p, opensParagraph: open === para.start };
}

export function findQuoteSpans(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  paragraphs.forEach((para, p) => {
    const body = text.slice(para.start, para.end);
    let open = -1;
    let skipNext = false;
    DOUBLE_MARK_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DOUBLE_MARK_RE.exec(body)) !== null) {
      const i = para.start + m.index;
      if (skipNext) {
        skipNext = false;
        continue;
      }
      const role = markRole(text, i, para.start, para.end);
      if (role === 'skip') {
        // Attribute values (tweet-id="7834…") come in pairs: skip the closing partner too.
        skipNext = true;
        continue;
      }
      if (open < 0) {
        if (role !== 'close') open = i;
        else if (i === para.start) open = i; // a closing-shaped mark opening a paragraph
        continue;
      }
      if (role === 'open') {
        // A second opening mark: the first was never closed. Keep what it held up to here.
        const s = spanOf(text, open, i, false, p, para);
        if (s) out.push(s);
        open = i;
        continue;
      }
      const s = spanOf(text, open, i, true, p, para);
      if (s) out.push(s);
      open = -1;
    }
    if (open >= 0) {
      const s = spanOf(text, open, para.end, false, p, para);
      if (s) out.push(s);
    }
  });
  return out;
}
