// Plain text from an HTML page (--input-format html): scripts, styles and tags removed, block
// elements turned into line breaks, character references decoded. Offsets then refer to this text.

const DROP_RE = /<(script|style|noscript|template|head)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const BLOCK_RE = /<\/?(p|div|br|h[1-6]|li|ul|ol|tr|table|article|section|header|footer|blockquote|figcaption|title|pre)\b[^>]*>/gi;
const TAG_RE = /<[^>]+>/g;
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', eacute: 'é',
};

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED[ref.toLowerCase()] ?? m;
  });
}

export function htmlToText(html: string): string {
  const text = decode(html.replace(DROP_RE, ' ').replace(BLOCK_RE, '\n').replace(TAG_RE, ''));
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
