// Which reader a source needs when the format is `auto`: web pages by their name or their first
// bytes, URLs by their scheme; everything else is plain text.

const HTML_NAME = /\.(html?|xhtml)$/i;
const HTML_START = /^(?:\ufeff)?\s*(?:<!--[\s\S]*?-->\s*)*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** A file named like a page, or text that starts like an HTML document. */
export function looksLikeHtml(name: string, text: string): boolean {
  return HTML_NAME.test(name) || HTML_START.test(text.slice(0, 2048));
}

/** A Content-Type of a web page. */
export function isHtmlType(contentType: string | null): boolean {
  return /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType ?? '');
}
