// The article on a page: the furniture removed (clean.ts), Readability finds the main content,
// blocks of links inside it are dropped (link-density.ts); its text is its lines. A page where
// Readability finds nothing (a home page, a list) is read whole, with a warning.

import { Readability } from '@mozilla/readability';
import { depthOf, removeFurniture } from './clean.js';
import { removeLinkLists } from './link-density.js';
import { isStampLine } from './stamp-lines.js';
import { linesOf, type DomNode } from './to-text.js';

export interface Extraction {
  lines: string[];
  /** The headline as Readability read it (the document title, trimmed of the site's name). */
  title: string | null;
  /** Why `lines` are the page's whole visible text, or null when they are the article. */
  notFound: string | null;
}

/** Readability gives up on a page with more elements than this: read whole. */
const MAX_ELEMENTS = 100_000;
/**
 * Readability's work grows with depth times size (every node scores its ancestors, and short
 * pages are searched again up to three times): a paragraph under 200 nested <div>s took 3 s.
 * The 88 development pages nest at most 50 deep; deeper markup is read whole.
 */
const MAX_DEPTH = 120;

export function extractArticle(document: Document): Extraction {
  removeFurniture(document);
  const body = (document.body ?? document.documentElement) as unknown as DomNode | null;
  // Before Readability, which takes the document apart as it goes.
  const whole = body ? linesOf(body) : [];
  let content: Element | null = null;
  let title: string | null = null;
  if (body && depthOf(body as unknown as Element) > MAX_DEPTH) return { lines: whole, title, notFound: `markup nested more than ${MAX_DEPTH} deep: the whole visible text is read` };
  try {
    const result = new Readability<DomNode>(document, { serializer: (n) => n, maxElemsToParse: MAX_ELEMENTS }).parse();
    content = (result?.content as unknown as Element | null | undefined) ?? null;
    title = result?.title?.trim() || null;
  } catch {
    content = null; // too many elements, or markup Readability cannot walk: read whole
  }
  if (content) removeLinkLists(content);
  const lines = content ? linesOf(content as unknown as DomNode).filter((l) => !isStampLine(l)) : [];
  if (!lines.length) return { lines: whole, title, notFound: 'no article found on the page: its whole visible text is read' };
  return { lines, title, notFound: null };
}
