// A quotation mark opened and never closed. The marks are paired across the whole article, not
// paragraph by paragraph, so that a quotation wrapped over several lines (or cut one sentence per
// line) still closes; the newsroom convention for a quotation running over several paragraphs is
// kept: each paragraph opens with a mark and only the last one closes. A quotation is left open
// when another one opens before it closes, inside a paragraph, or when the article ends first.
// Each mark faces the way the quotes analyzer reads it (src/quotes/marks.ts).

import type { Paragraph } from '../../article/article.js';
import { DOUBLE_MARK_RE, markRole } from '../../quotes/marks.js';
import { excerpt } from '../text.js';
import type { RawFinding, Rule } from '../types.js';

function unclosed(text: string, open: number, until: number): RawFinding {
  const words = text.slice(open + 1, Math.min(until, open + 80)).split('\n')[0];
  return { start: open, end: open + 1, message: `quotation mark opened and never closed: ${text[open]}${excerpt(words, 50)}` };
}

// The writer's attribution after the quoted words: "…, he said." / "…? asked Smith" / "…, Smith
// added". Inside a quotation that runs on into the next paragraph it means the closing mark is
// missing (a correct text closes before it: “…,” he said).
const ATTRIBUTION_RE = /[,.!?…]\s+(?:(?:he|she|they|we|I|it)\s+(?:said|says|added|adds|told|asked|explained|wrote|continued)\b|(?:said|says|added|adds|told|asked|wrote)\s+\p{Lu}|\p{Lu}[\p{Ll}\p{M}]+\s+(?:said|says|added|adds|told|asked|wrote)\b)/u;

// A word (not a colon, comma or sentence end) right before the opening mark: a fragment.
const FRAGMENT_BEFORE_RE = /[\p{Ll}]\s+$/u;

export function findUnclosed(text: string, paragraphs: readonly Paragraph[]): RawFinding[] {
  const out: RawFinding[] = [];
  let open = -1;
  let openEnd = 0; // the end of the paragraph the open quotation began in
  let openPara = -1; // and that paragraph's index
  // Why a quotation open at the end of its paragraph cannot go on into the next: the writer's
  // attribution follows inside it, or it began as a fragment inside the writer's sentence
  // (was “true.), which the newsroom convention does not carry over paragraphs.
  const cannotRunOn = () => ATTRIBUTION_RE.test(text.slice(open + 1, openEnd)) || FRAGMENT_BEFORE_RE.test(text.slice(Math.max(0, open - 20), open));
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    const re = new RegExp(DOUBLE_MARK_RE.source, 'g');
    re.lastIndex = para.start;
    let skipNext = false;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null && m.index < para.end) {
      const i = m.index;
      if (skipNext) {
        skipNext = false;
        continue;
      }
      const role = markRole(text, i, para.start, para.end);
      if (role === 'skip') {
        skipNext = true; // an attribute value's closing mark
        continue;
      }
      if (open < 0) {
        // A mark ending its line opens the quotation of the next one (a text cut one sentence per line).
        if (role !== 'close' || i === para.start) [open, openEnd, openPara] = [i, para.end, i + 1 >= para.end ? p + 1 : p];
        continue;
      }
      const crossed = open < para.start;
      if (i === para.start && crossed) {
        // The paragraph right after goes on with the quotation (the newsroom convention); one
        // further on, after paragraphs without a mark, opens a new one.
        if (p !== openPara + 1 || cannotRunOn()) out.push(unclosed(text, open, i));
        [open, openEnd, openPara] = [i, para.end, p];
        continue;
      }
      if (role === 'open') {
        out.push(unclosed(text, open, i));
        [open, openEnd, openPara] = [i, para.end, p];
      } else {
        // Closed on a later line: a paragraph wrapped over lines (or cut one sentence per line).
        if (crossed && cannotRunOn()) out.push(unclosed(text, open, i));
        open = -1;
      }
    }
  }
  if (open >= 0) out.push(unclosed(text, open, text.length));
  return out;
}

export const quoteUnclosed: Rule = {
  id: 'quote-unclosed',
  severity: 'error',
  summary: 'a quotation mark opened and never closed',
  help:
    'Flags an opening double quotation mark (" “ „ «) that no closing mark answers before the next quotation opens ' +
    'or the article ends. A quotation that runs over several paragraphs may leave each paragraph open as long as the ' +
    'next one opens with a quotation mark (the newsroom convention: open every paragraph, close only the last); a ' +
    'quotation wrapped over several lines closes where its closing mark is. Single marks are not checked: they double ' +
    'as apostrophes.',
  find({ text, paragraphs }) {
    return findUnclosed(text, paragraphs);
  },
};
