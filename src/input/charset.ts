// Bytes to text. The charset comes from the HTTP header, else a byte-order mark, else (for a page)
// its <meta charset> or http-equiv Content-Type in the first 1024 bytes, else UTF-8, as browsers
// do. Node's TextDecoder (full ICU) decodes ISO-8859-x, Shift_JIS, EUC-KR, GBK and
// the other WHATWG encodings; a label it does not know falls back to UTF-8 with a warning.

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const SNIFF_BYTES = 1024;

/** The charset parameter of a Content-Type value ("text/html; charset=ISO-8859-1"), or null. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return m ? m[1] : null;
}

function bomCharset(buf: Uint8Array): string | null {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The charset a page declares in its first 1024 bytes, read as ASCII. */
export function declaredCharset(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.length, SNIFF_BYTES)).toString('latin1');
  const m = META_CHARSET.exec(head);
  return m ? m[1] : null;
}

/**
 * windows-1252 at 0x80–0x9F (the WHATWG index; 0x81, 0x8D, 0x8F, 0x90, 0x9D stay as they are).
 * Node 20's TextDecoder decodes windows-1252, and the labels that mean it (latin1, iso-8859-1,
 * ascii), as ISO-8859-1, giving C1 controls where pages have curly quotes, dashes and €.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const C1 = /[\u0080-\u009f]/g;

function fixWindows1252(text: string): string {
  return text.replace(C1, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

function decoder(label: string, fatal: boolean): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal, ignoreBOM: true });
  } catch {
    return null; // a label the WHATWG Encoding Standard does not know
  }
}

export interface DecodeOptions {
  /** The HTTP Content-Type, when the bytes came over HTTP. */
  contentType?: string | null;
  /** Look for <meta charset> in the bytes (web pages). */
  html?: boolean;
}

/**
 * Text of the bytes; problems that did not stop the reading go to `warnings`. A UTF-8 byte-order
 * mark is kept (ignoreBOM): buildArticle removes one, and only one, so offsets count after it.
 */
export function decodeBytes(buf: Uint8Array, warnings: string[], options: DecodeOptions = {}): string {
  const bom = bomCharset(buf);
  // A byte-order mark outranks the header and the page, as the WHATWG decode algorithm has it.
  const label = bom ?? charsetOf(options.contentType) ?? (options.html ? declaredCharset(buf) : null) ?? 'utf-8';
  if (!bom && !/^utf-?16/i.test(label) && buf.includes(0)) throw new Error('binary file (contains NUL bytes)');
  let strict = decoder(label, true);
  if (!strict) {
    warnings.push(`unknown charset "${label}", decoded as UTF-8`);
    strict = decoder('utf-8', true) as TextDecoder;
  }
  if (strict.encoding === 'windows-1252') return fixWindows1252(strict.decode(buf)); // every byte is a character
  try {
    return strict.decode(buf);
  } catch {
    warnings.push(`invalid ${strict.encoding === 'utf-8' ? 'UTF-8' : strict.encoding}, decoded with replacement characters`);
    return (decoder(strict.encoding, false) as TextDecoder).decode(buf);
  }
}
