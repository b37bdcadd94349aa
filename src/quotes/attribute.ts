// Who said it: the reporting cue and the speaker's noun phrase around one quotation, tried in
// the order news prose uses them —
//   1. right after the closing mark: “…,” Smith said / “…,” said Smith / “…” ― Smith
//   2. before the opening mark, nearest cue first: Smith said: “…” / Smith said the plan was “…”
//   3. a colon frame ending the paragraph before: Smith added:⏎“…”
//   4. a cue later in the sentence: “Fake news” is what he called it.
// A cue without a subject of its own ("…, adding “…”", "… but stressed: “…”") takes the subject
// of the nearest cue before it in the sentence.

import type { Token } from '../article/article.js';
import type { QuoteContext, QuoteSite } from './context.js';
import { phraseAfter, phraseBefore, type TokenRange } from './mention.js';
import { DASHES, TIME_WORDS, VERB_MODIFIERS } from './words.js';

export type AttributionKind = 'after' | 'before' | 'colon' | 'later' | 'none';

export interface Attribution {
  cue: TokenRange | null;
  mention: TokenRange | null;
  kind: AttributionKind;
}

const NONE: Attribution = { cue: null, mention: null, kind: 'none' };
const APPOSITIVE_MAX = 20;
const ING_RE = /ing$/;

function phraseAt(ctx: QuoteContext, i: number, hi: number): number {
  for (const p of ctx.phrases) {
    if (i + p.length > hi) continue;
    let ok = true;
    for (let k = 0; k < p.length && ok; k++) ok = ctx.tokens[i + k].text.toLowerCase() === p[k];
    if (ok) return p.length;
  }
  return 0;
}

function skipModifiersBack(tokens: readonly Token[], k: number, lo: number): number {
  while (k >= lo && VERB_MODIFIERS.has(tokens[k].text.toLowerCase()) && !/^\p{Lu}/u.test(tokens[k].text)) k--;
  return k;
}

function skipModifiersForward(tokens: readonly Token[], k: number, hi: number): number {
  while (k < hi && VERB_MODIFIERS.has(tokens[k].text.toLowerCase())) k++;
  return k;
}

/** The subject of the reporting verb at `verb`: the phrase before it, past an appositive. */
function subjectOf(ctx: QuoteContext, verb: number, lo: number): TokenRange | null {
  const { tokens } = ctx;
  let k = skipModifiersBack(tokens, verb - 1, lo);
  if (k < lo) return null;
  if (tokens[k].text === ')') {
    while (k >= lo && tokens[k].text !== '(') k--;
    k--;
  } else if (tokens[k].text === ',' && !ING_RE.test(tokens[verb].text)) {
    // "Flynn, a top adviser, said" / "Smith, who …, said": the speaker precedes the comma pair.
    let c = k - 1;
    while (c >= lo && k - c < APPOSITIVE_MAX && tokens[c].text !== ',' && !/["“”]/.test(tokens[c].text)) c--;
    if (c < lo || tokens[c].text !== ',') return null;
    k = c - 1;
  }
  if (k < lo) return null;
  return phraseBefore(tokens, k, lo, ctx.isVerb);
}

/** Pattern 1: the attribution right after the closing mark. */
function after(ctx: QuoteContext, site: QuoteSite): Attribution | null {
  const { tokens } = ctx;
  const hi = site.rightHi;
  let k = site.closeTok + 1;
  if (k < hi && tokens[k].text === ',') k++;
  if (k >= hi) return null;
  if (DASHES.has(tokens[k].text)) {
    const mention = phraseAfter(tokens, k + 1, hi, ctx.isVerb);
    return mention ? { cue: { from: k, to: k }, mention, kind: 'after' } : null;
  }
  const n = phraseAt(ctx, k, hi);
  if (n) return { cue: { from: k, to: k + n - 1 }, mention: phraseAfter(tokens, k + n, hi, ctx.isVerb), kind: 'after' };
  if (ctx.isVerb(tokens[k])) {
    const next = tokens[k + 1];
    const mention = next && !TIME_WORDS.has(next.text.toLowerCase()) ? phraseAfter(tokens, k + 1, hi, ctx.isVerb) : null;
    return { cue: { from: k, to: k }, mention, kind: 'after' };
  }
  const mention = phraseAfter(tokens, k, hi, ctx.isVerb);
  if (!mention) return null;
  let m = mention.to + 1;
  if (m < hi && tokens[m].text === ',') {
    let c = m + 1;
    while (c < hi && c - m < APPOSITIVE_MAX && tokens[c].text !== ',') c++;
    if (c >= hi) return null;
    m = c + 1;
  } else if (m < hi && tokens[m].text === '(') {
    while (m < hi && tokens[m].text !== ')') m++;
    m++;
  }
  m = skipModifiersForward(tokens, m, hi);
  if (m < hi && ctx.isVerb(tokens[m])) return { cue: { from: m, to: m }, mention, kind: 'after' };
  return null;
}

/** Pattern 2 (and 3, on another stretch): the nearest cue before `end` in [lo, end). */
function before(ctx: QuoteContext, lo: number, end: number, kind: AttributionKind): Attribution | null {
  const { tokens } = ctx;
  let cue: TokenRange | null = null;
  for (let j = end - 1; j >= lo; j--) {
    const n = phraseAt(ctx, j, end);
    if (n) {
      const mention = phraseAfter(tokens, j + n, end, ctx.isVerb);
      if (mention) return { cue: cue ?? { from: j, to: j + n - 1 }, mention, kind };
      continue;
    }
    if (!ctx.isVerb(tokens[j])) continue;
    cue ??= { from: j, to: j };
    const mention = subjectOf(ctx, j, lo);
    if (mention) return { cue, mention, kind };
  }
  return cue ? { cue, mention: null, kind } : null;
}

/** Pattern 3: the paragraph before ends with a colon ("Smith added:"). */
function colon(ctx: QuoteContext, site: QuoteSite): Attribution | null {
  if (!site.span.opensParagraph || site.openTok === 0) return null;
  const last = site.openTok - 1;
  const { tokens } = ctx;
  if (tokens[last].text !== ':') return null;
  const lo = ctx.sentenceFrom[last];
  const found = before(ctx, lo, last, 'colon');
  if (found?.mention) return found;
  // "PENCE:" transcripts, "The statement reads:" without a known verb: the phrase before the colon.
  const mention = phraseBefore(tokens, last - 1, lo, ctx.isVerb);
  return mention ? { cue: found?.cue ?? { from: last, to: last }, mention, kind: 'colon' } : found;
}

/** Pattern 4: a cue later in the sentence, with its subject between the quote and the cue. */
function later(ctx: QuoteContext, site: QuoteSite): Attribution | null {
  for (let j = site.closeTok + 1; j < site.rightHi; j++) {
    if (!ctx.isVerb(ctx.tokens[j])) continue;
    const mention = subjectOf(ctx, j, site.closeTok + 1);
    return { cue: { from: j, to: j }, mention, kind: 'later' };
  }
  return null;
}

export function attribute(ctx: QuoteContext, site: QuoteSite): Attribution {
  const a = after(ctx, site);
  if (a?.mention) return a;
  const b = site.leftLo < site.openTok ? before(ctx, site.leftLo, site.openTok, 'before') : null;
  if (b?.mention) return b;
  const c = colon(ctx, site);
  if (c?.mention) return c;
  const d = later(ctx, site);
  if (d?.mention) return d;
  return a ?? b ?? c ?? d ?? NONE;
}
