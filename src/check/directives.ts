// Inline opt-outs written in the article: HTML comments, so they stay invisible in a rendered
// Markdown or HTML page.
//   <!-- newsx-disable -->                  every rule, from here on (to a newsx-enable)
//   <!-- newsx-disable name-variant, … -->  these rules, from here on
//   <!-- newsx-enable name-variant -->      back on from here
//   <!-- newsx-disable-next-line … -->      only on the next line that has text
// Offsets are UTF-16 indices of the analysed text; a reader whose text does not keep the
// comment's place (HTML) gives the whole document instead (wholeDocument).

export interface Directive {
  /** Rule ids, or null for every rule. */
  rules: string[] | null;
  start: number;
  end: number;
}

const COMMENT_RE = /<!--\s*newsx-(disable-next-line|disable|enable)\b([^>]*?)\s*-->/g;

function ruleList(s: string): string[] | null {
  const ids = s.split(/[\s,]+/).filter(Boolean);
  return ids.length ? ids : null;
}

/** The opt-outs of a text whose comments are where they were written (text, Markdown). */
export function directivesOf(source: string): Directive[] {
  if (!source.includes('newsx-')) return [];
  const out: Directive[] = [];
  // Open "disable" regions: rule id (or "*") -> where it began.
  const open = new Map<string, number>();
  const close = (key: string, at: number) => {
    const from = open.get(key);
    if (from === undefined) return;
    open.delete(key);
    out.push({ rules: key === '*' ? null : [key], start: from, end: at });
  };
  for (const m of source.matchAll(COMMENT_RE)) {
    const rules = ruleList(m[2]);
    const at = m.index;
    const after = m.index + m[0].length;
    if (m[1] === 'disable-next-line') {
      const lineEnd = source.indexOf('\n', after);
      const nextStart = lineEnd < 0 ? source.length : lineEnd + 1;
      const re = /[^\s]/g;
      re.lastIndex = nextStart;
      const text = re.exec(source);
      const lineStart = text ? source.lastIndexOf('\n', text.index) + 1 : source.length;
      const end = text ? (source.indexOf('\n', text.index) + 1 || source.length + 1) - 1 : source.length;
      out.push({ rules, start: lineStart, end });
    } else if (m[1] === 'disable') {
      for (const key of rules ?? ['*']) if (!open.has(key)) open.set(key, at);
    } else {
      for (const key of rules ?? [...open.keys()]) close(key, at);
    }
  }
  for (const key of [...open.keys()]) close(key, Infinity);
  return out;
}

/** The same opt-outs over the whole document: for readers that move text around (HTML). */
export function wholeDocument(directives: readonly Directive[]): Directive[] {
  return directives.map((d) => ({ ...d, start: 0, end: Infinity }));
}

export function silenced(directives: readonly Directive[], rule: string, start: number): boolean {
  return directives.some((d) => start >= d.start && start < d.end && (d.rules === null || d.rules.includes(rule)));
}
