// The web page reader, loaded on first use: the HTML parser and the extractor cost tens of
// milliseconds to load, which plain text must not pay. The CLI bundle turns this import into a
// require of its own chunk (scripts/bundle.mjs); from the TypeScript output it is a plain import.

import type * as PageModule from './html/read-page.js';

export type { PageOptions, PageReading } from './html/read-page.js';
export type PageReader = typeof PageModule;

let loading: Promise<PageReader> | null = null;

export function loadPageReader(): Promise<PageReader> {
  return (loading ??= import('./html/read-page.js'));
}
