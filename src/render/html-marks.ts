// The article text with its spans marked in place, as HTML. Spans of different layers overlap
// (an entity inside a quotation, a date inside an event's sentence, a quotation that ends inside
// a name); HTML elements must nest, so a span that crosses the end of an enclosing one is cut:
// it closes with its parent and opens again after it, the later pieces carrying the same data
// attributes plus data-part (2, 3, ...), so a reader of the page counts a span by its first piece.

/** One span to mark: code-point offsets, as in the JSON output. */
export interface Mark {
  start: number;
  end: number;
  /** Outer first among spans with the same start and end (a quotation around a name of the same extent). */
  rank: number;
  /** The element's opening tag for piece `part` (1 = the first). */
  open(part: number): string;
  close: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\r': '&#13;' };

/**
 * Text or an attribute value as HTML. A carriage return is written as a character reference:
 * an HTML parser turns a literal CR LF into LF, which would change the text and its offsets.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"'\r]/g, (c) => ESCAPES[c]);
}

/** The UTF-16 index of each code point (and of the end), or null when the two are the same. */
function utf16Offsets(text: string): Int32Array | null {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return null;
  const offsets: number[] = [];
  let i = 0;
  for (const c of text) {
    offsets.push(i);
    i += c.length;
  }
  offsets.push(i);
  return Int32Array.from(offsets);
}

/** `text` as HTML with every mark in place, nested; marks outside the text or empty are left out. */
export function markText(text: string, marks: readonly Mark[]): string {
  const unit = utf16Offsets(text); // marks count code points, strings UTF-16 units
  const n = unit ? unit.length - 1 : text.length;
  const spans = marks
    .filter((m) => m.start >= 0 && m.end <= n && m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const out: string[] = [];
  // The open elements, outermost first, with the piece each is in.
  const stack: { m: Mark; part: number }[] = [];
  let at = 0; // text written up to here
  let next = 0; // the next span to open
  const piece = (to: number) => {
    if (to > at) out.push(escapeHtml(unit ? text.slice(unit[at], unit[to]) : text.slice(at, to)));
    at = to;
  };
  while (next < spans.length || stack.length) {
    // The next boundary: the nearest end of an open span or start of a span to open.
    let pos = Infinity;
    for (const s of stack) if (s.m.end < pos) pos = s.m.end;
    if (next < spans.length && spans[next].start < pos) pos = spans[next].start;
    piece(pos);
    // Close what ends here, with everything opened inside it; reopen those that go on.
    const lowest = stack.findIndex((s) => s.m.end <= pos);
    if (lowest >= 0) {
      const reopen: { m: Mark; part: number }[] = [];
      for (let i = stack.length - 1; i >= lowest; i--) {
        const s = stack[i];
        out.push(s.m.close);
        if (s.m.end > pos) reopen.unshift({ m: s.m, part: s.part + 1 });
      }
      stack.length = lowest;
      for (const s of reopen) {
        out.push(s.m.open(s.part));
        stack.push(s);
      }
    }
    while (next < spans.length && spans[next].start === pos) {
      const m = spans[next++];
      out.push(m.open(1));
      stack.push({ m, part: 1 });
    }
  }
  piece(n);
  return out.join('');
}
