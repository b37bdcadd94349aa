// Marks that do not quote speech: scare quotes (the so-called “reset”), titles of works and
// shows (the film “Jaws”, MSNBC’s “Morning Joe”); nicknames (Robert C. “Bobby” Scott) are dropped
// earlier (isNickname, read by context.ts). They are short and carry no cue of their own; a
// quotation either has a cue, or is long enough to be someone's sentence (a paragraph continuing an earlier speaker's words).

import type { Token } from '../article/article.js';
import type { Attribution } from './attribute.js';
import type { QuoteContext, QuoteSite } from './context.js';
import { isCapitalised, isWord } from './mention.js';

/** Below this many words a quotation without any cue is taken for a scare quote. */
const MIN_UNCUED_WORDS = 4;
/** Titles and names in marks are short. */
const MAX_TITLE_WORDS = 8;
/** Nicknames between the parts of a name are a word or two: Marcia “Cia” Price. */
const MAX_NICKNAME_WORDS = 2;
// Words a title may leave in lower case: "Fox and Friends", "State of the Union".
const TITLE_SMALL_WORDS = new Set('a an the and or of in on at to for with by from as nor but'.split(' '));

function words(ctx: QuoteContext, site: QuoteSite): string[] {
  const out: string[] = [];
  for (let i = site.openTok + 1; i < site.closeTok; i++) if (isWord(ctx.tokens[i])) out.push(ctx.tokens[i].text);
  return out;
}

/** Every word capitalised but the small ones: a title or a name, not a sentence. */
function titleCase(ws: readonly string[]): boolean {
  if (ws.length === 0 || ws.length > MAX_TITLE_WORDS) return false;
  return ws.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && TITLE_SMALL_WORDS.has(w)));
}

/**
 * A name in marks between the parts of a full name: Robert C. “Bobby” Scott, Marcia "Cia" Price.
 * Read before any attribution (context.ts drops these spans), so that a nickname neither bounds
 * its neighbours' search for a cue nor hides the name around it.
 */
export function isNickname(tokens: readonly Token[], openTok: number, closeTok: number, sentenceFrom: Int32Array): boolean {
  const before = tokens[openTok - 1];
  const after = tokens[closeTok + 1];
  if (before === undefined || after === undefined || sentenceFrom[openTok - 1] !== sentenceFrom[closeTok + 1]) return false;
  const ws: string[] = [];
  for (let i = openTok + 1; i < closeTok; i++) if (isWord(tokens[i])) ws.push(tokens[i].text);
  if (ws.length > MAX_NICKNAME_WORDS || !titleCase(ws)) return false;
  const initial = before.text === '.' && /^\p{Lu}$/u.test(tokens[openTok - 2]?.text ?? '');
  return (initial || (isWord(before) && isCapitalised(before))) && isWord(after) && isCapitalised(after);
}

/** The writer's words before a title: "MSNBC’s “Morning Joe”", "an episode of “Jaws”", "titled “Arrogant”". */
function titlePosition(ctx: QuoteContext, site: QuoteSite): boolean {
  const prev = ctx.tokens[site.openTok - 1];
  return prev !== undefined && site.openTok - 1 >= site.leftLo && TITLE_INTRODUCERS.has(prev.text.toLowerCase());
}

const TITLE_INTRODUCERS = new Set("'s ’s of on in at titled entitled headlined nicknamed nickname dubbed so-called".split(' '));

/** Said right out: “…,” he said / he said: “…” / called it “…”, and not where a title stands. */
function introduced(ctx: QuoteContext, site: QuoteSite, attribution: Attribution): boolean {
  if (titlePosition(ctx, site)) return false;
  if (attribution.kind === 'after') return true;
  const prev = ctx.tokens[site.openTok - 1];
  return prev !== undefined && site.openTok - 1 >= site.leftLo && (prev.text === ':' || ctx.isVerb(site.openTok - 1));
}

/**
 * `follows`: another quotation precedes this one in its paragraph (the writer's sentence between
 * them, if any, ended), as in “…?” Graham asked. “Neither do I.”
 */
export function isQuotation(ctx: QuoteContext, site: QuoteSite, attribution: Attribution, follows: boolean): boolean {
  const ws = words(ctx, site);
  const title = titleCase(ws);
  // A sentence of its own after another quotation ("“…,” she said. “The Donald. Big Daddy.”").
  const ownSentence = follows && site.leftLo === site.openTok;
  if (title && !ownSentence && !introduced(ctx, site, attribution)) return false;
  if (attribution.cue !== null || ws.length >= MIN_UNCUED_WORDS) return true;
  // After a colon the words are given as said: a new campaign message: “It's about me.”
  if (ctx.tokens[site.openTok - 1]?.text === ':' && site.openTok - 1 >= site.leftLo) return true;
  // A short quotation without a cue: speech only when it is a sentence of its own after another quotation.
  return ownSentence;
}
