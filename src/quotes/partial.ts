// A partial quotation is a fragment inside the writer's own sentence (Smith said the deal was
// “very good for us”). A full one stands as its own sentence(s): nothing of the writer's before
// it, or only the attribution ending in a colon or a comma (Smith said: “…” / He says, “…”).

import type { Attribution } from './attribute.js';
import type { QuoteContext, QuoteSite } from './context.js';
import { isWord } from './mention.js';

const CLOSING_PUNCTUATION_RE = /[.!?,;:…—–-]$/;

export function isPartial(ctx: QuoteContext, site: QuoteSite, attribution: Attribution): boolean {
  const { tokens } = ctx;
  if (site.leftLo < site.openTok) {
    const last = tokens[site.openTok - 1].text;
    const cueBefore = attribution.cue !== null && attribution.cue.to < site.openTok && attribution.cue.from >= site.leftLo;
    if (!(last === ':' || (last === ',' && cueBefore))) return true;
  }
  // Nothing before it; a fragment still when the writer's sentence goes on after it.
  const text = ctx.article.text.slice(site.span.start, site.span.end);
  if (CLOSING_PUNCTUATION_RE.test(text) || !site.span.closed) return false;
  for (let i = site.closeTok + 1; i < site.rightHi; i++) {
    if (!isWord(tokens[i])) continue;
    const inCue = attribution.kind === 'after' && ((attribution.cue && i >= attribution.cue.from && i <= attribution.cue.to) || (attribution.mention && i >= attribution.mention.from && i <= attribution.mention.to));
    return !inCue;
  }
  return false;
}
