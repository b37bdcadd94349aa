// Markdown read as an article: the markup blanked out with spaces of the same length, so every
// offset into the text is an offset into the file and a finding's line and column point at the
// right place without a map. Kept out of the analysis: front matter, fenced and indented code,
// HTML comments and tags, link targets and reference definitions, images, heading, list, quote
// and table markers, emphasis marks, backslash escapes. A paragraph wrapped over several lines is
// joined into one line (its line breaks become spaces), as newsx reads one paragraph per line.

const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;
const FRONT_MATTER_RE = /^(---|\+\+\+)[ \t]*\r?$/;
const BLOCK_START_RE = /^ {0,3}(?:#{1,6}(?:\s|$)|>|[-*+]\s|\d{1,9}[.)]\s|\||<|```|~~~|(?:[-*_=][ \t]*){3,}\r?$)/;
const SETEXT_OR_RULE_RE = /^ {0,3}(?:=+|-+|(?:[-*_][ \t]*){3,})[ \t]*\r?$/;
const REFERENCE_DEF_RE = /^ {0,3}\[[^\]]+\]:\s*\S/;
const TABLE_DIVIDER_RE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*\r?$/;

const blank = (s: string) => s.replace(/[^\r\n]/g, ' ');

/** Inline markup of one line of prose blanked: links keep their words, images and code go. */
function inline(line: string): string {
  return (
    line
      // images: the alt text is not the article's prose
      .replace(/!\[[^\]]*\]\([^)]*\)/g, blank)
      // [words](target "title") and [words][ref]: keep the words
      .replace(/\[([^\]]*)\]\(([^()]*(?:\([^)]*\)[^()]*)*)\)/g, (_m, words: string, target: string) => ` ${words}  ${blank(target)} `)
      .replace(/\[([^\]]*)\]\[([^\]]*)\]/g, (_m, words: string, ref: string) => ` ${words}  ${blank(ref)} `)
      .replace(/`+[^`]*`+/g, blank)
      .replace(/<!--[\s\S]*?-->/g, blank)
      .replace(/<\/?[A-Za-z][^>]*>|<(?:https?|mailto):[^>]*>/g, blank)
      .replace(/\\([\\`*_{}[\]()#+\-.!|~<>"'])/g, ' $1')
      // emphasis: any run of * or ~~; _ only at a word's edge (snake_case stays)
      .replace(/\*+|~~/g, blank)
      .replace(/(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, blank)
      // a hard break: two trailing spaces or a backslash
      .replace(/\\(\r?)$/, ' $1')
  );
}

/** The line with its block marker (heading #, > quote, list bullet, table pipes) blanked. */
function blockMarkers(line: string): string {
  let l = line.replace(/^(\s*(?:>\s?)*)/, blank);
  l = l.replace(/^(\s*)(#{1,6})(\s)/, (_m, sp: string, hashes: string, s: string) => sp + blank(hashes) + s).replace(/\s#+\s*$/, blank);
  l = l.replace(/^(\s*)([-*+]|\d{1,9}[.)])(\s)/, (_m, sp: string, mark: string, s: string) => sp + blank(mark) + s);
  if (/^\s*\|/.test(l)) l = l.replace(/\|/g, ' ');
  return l;
}

export function markdownToText(source: string): string {
  const lines = source.split('\n');
  const out: string[] = [];
  let i = 0;
  // Front matter: a --- (or +++) block on the first line.
  if (FRONT_MATTER_RE.test(lines[0] ?? '')) {
    const fence = lines[0].trim();
    const end = lines.findIndex((l, k) => k > 0 && l.trim() === fence);
    if (end > 0) for (; i <= end; i++) out.push(blank(lines[i]));
  }
  let fence: string | null = null;
  let inComment = false;
  let previousBlank = true;
  let inList = false;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (fence !== null) {
      out.push(blank(line));
      if (line.trimStart().startsWith(fence)) fence = null;
      continue;
    }
    if (inComment) {
      const close = line.indexOf('-->');
      if (close < 0) {
        out.push(blank(line));
        continue;
      }
      inComment = false;
      out.push(blank(line.slice(0, close + 3)) + inline(blockMarkers(line.slice(close + 3))));
      previousBlank = false;
      continue;
    }
    const f = FENCE_RE.exec(line);
    if (f) {
      fence = f[1];
      out.push(blank(line));
      continue;
    }
    const isBlank = !line.trim();
    if (isBlank) {
      out.push(line);
      previousBlank = true;
      continue;
    }
    const indented = /^( {4}|\t)/.test(line);
    if (indented && (previousBlank || out.length === 0) && !inList) {
      out.push(blank(line)); // an indented code block (previousBlank stays: the next code line too)
      continue;
    }
    if (REFERENCE_DEF_RE.test(line) || TABLE_DIVIDER_RE.test(line) || (SETEXT_OR_RULE_RE.test(line) && !/^\s*[-*+]\s+\S/.test(line))) {
      out.push(blank(line));
      previousBlank = false;
      continue;
    }
    const open = line.lastIndexOf('<!--');
    if (open >= 0 && line.indexOf('-->', open) < 0) {
      inComment = true;
      out.push(inline(blockMarkers(line.slice(0, open))) + blank(line.slice(open)));
      continue;
    }
    if (/^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(line)) inList = true;
    else if (previousBlank && !indented) inList = false;
    out.push(inline(blockMarkers(line)));
    previousBlank = false;
  }
  return joinParagraphs(lines, out);
}

/**
 * A line that continues the paragraph of the line before (neither blank nor the start of a new
 * block) is joined to it: its line break becomes a space. Lengths never change.
 */
function joinParagraphs(source: string[], text: string[]): string {
  let out = text[0] ?? '';
  for (let k = 1; k < text.length; k++) {
    const prevText = text[k - 1];
    const continues = prevText.trim() !== '' && text[k].trim() !== '' && !BLOCK_START_RE.test(source[k]) && !BLOCK_START_RE.test(source[k - 1]) && !SETEXT_OR_RULE_RE.test(source[k]);
    if (continues) out = out.replace(/\r$/, ' ') + ' ' + text[k];
    else out += '\n' + text[k];
  }
  return out;
}
