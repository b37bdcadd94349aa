// Direct quotations with their speakers. The steps, in order (each in its own file):
//   find       quotation spans paragraph by paragraph (find.ts, marks.ts)
//   attribute  the reporting cue and the speaker's phrase around each span (attribute.ts, mention.ts)
//   filter     drop scare quotes, titles and nicknames, which have no cue of their own (filter.ts)
//   continue   a quotation with no speaker phrase keeps the speaker of the quotation before it,
//              as the paragraphs of a long quotation do
//   resolve    the speaker phrase to an entity name, or to a role when it is a description that
//              names no entity (resolve.ts; pronouns: antecedent.ts); partial flag (partial.ts)

import type { Article } from '../article/article.js';
import type { Entity, Quote, Span } from '../types.js';
import { attribute, attributeFromPreviousSentence, attributeFromSentenceStart, type Attribution } from './attribute.js';
import { buildContext, type QuoteContext, type QuoteSite } from './context.js';
import { isQuotation } from './filter.js';
import { findQuoteSpans } from './find.js';
import type { TokenRange } from './mention.js';
import { isPartial } from './partial.js';
import { indexEntities, resolveSpeaker, resolveSpeakers } from './resolve.js';
import { firstFrom, type EntityIndex } from '../entities/entity-index.js';
import { tokenAt } from './context.js';
import { withConjuncts } from './coordination.js';

function spanOf(ctx: QuoteContext, r: TokenRange | null): Span | null {
  if (!r) return null;
  const start = ctx.tokens[r.from].start;
  const end = ctx.tokens[r.to].end;
  return { start, end, text: ctx.article.text.slice(start, end) };
}

/** Paragraphs a continuation may reach back: the quotation's own and the one before it. */
const CONTINUATION_PARAGRAPHS = 1;

/**
 * A quotation with no speaker phrase continues the one before it only when that one is close (its
 * paragraph or the one before) and nothing between them says otherwise: no sentence after it
 * opens with another person's name. Otherwise it stays unattributed rather than taking the last name seen.
 */
function continues(ctx: QuoteContext, index: EntityIndex, previous: Quote, paragraph: number, site: QuoteSite): boolean {
  if (site.span.paragraph - paragraph > CONTINUATION_PARAGRAPHS) return false;
  // From the end of the previous quotation's sentence (its attribution names others: "said
  // Caddell, speaking of Clinton's health"), a sentence opening with another person's name.
  const from = ctx.tokens[ctx.sentenceTo[tokenAt(ctx.tokens, previous.end)] - 1]?.end ?? previous.end;
  for (let k = firstFrom(index, from); k < index.mentions.length && index.mentions[k].start < site.span.start; k++) {
    const m = index.mentions[k];
    if (m.entity.type !== 'PERSON' || m.entity.name === previous.speaker) continue;
    const t = tokenAt(ctx.tokens, m.start);
    if (ctx.sentenceFrom[t] === t && !ctx.inQuote(t)) return false;
  }
  return true;
}

/** Direct quotations with their speakers, sorted by start. */
export function findQuotes(article: Article, entities: Entity[]): Quote[] {
  const spans = findQuoteSpans(article.text, article.paragraphs);
  if (spans.length === 0) return [];
  const ctx = buildContext(article, spans);
  const index = indexEntities(entities);
  const quotes: Quote[] = [];
  let previous: Quote | null = null;
  let previousParagraph = 0;
  let previousKept: { site: QuoteSite; attribution: Attribution } | null = null;
  // Quotes that open a paragraph, never close and name no speaker: a multi-paragraph quotation
  // whose attribution may come in its last paragraph.
  let pendingOpening: Quote | null = null;
  let previousSite: QuoteSite | null = null;
  let previousSiteKept = false;
  for (const site of ctx.sites) {
    let attribution = attribute(ctx, site);
    // A title or scare quote earlier in the sentence does not cut it off from its cue:
    // Johnson tells MSNBC’s “Morning Joe” that “exactly who did it” is unknown.
    if (attribution.mention === null && previousSite && !previousSiteKept && ctx.sentenceFrom[previousSite.openTok] === ctx.sentenceFrom[site.openTok])
      attribution = attributeFromSentenceStart(ctx, site) ?? attribution;
    previousSite = site;
    previousSiteKept = false;
    const earlier = previousKept?.site;
    // A list of quoted fragments shares the cue of its first one: called him a “liar” and “a fraud”.
    // Its own cue further on ("later") binds less tightly than that list.
    if ((attribution.cue === null || attribution.kind === 'later') && earlier && ctx.sentenceFrom[earlier.openTok] === ctx.sentenceFrom[site.openTok])
      attribution = previousKept!.attribution;
    if (attribution.mention === null) attribution = attributeFromPreviousSentence(ctx, site) ?? attribution;
    const follows = earlier !== undefined && earlier.span.paragraph >= site.span.paragraph - 1;
    if (!isQuotation(ctx, site, attribution, follows)) continue;
    previousKept = { site, attribution };
    previousSiteKept = true;
    // "Kovacs and Halloran said": the speaker phrase holds both.
    const range = attribution.mention ? withConjuncts(ctx, attribution.mention) : null;
    const mention = spanOf(ctx, range);
    const cue = spanOf(ctx, attribution.cue);
    const quote: Quote = {
      text: article.text.slice(site.span.start, site.span.end),
      start: site.span.start,
      end: site.span.end,
      speaker: null,
      speakerMention: mention,
      cue: cue?.text ?? null,
      partial: isPartial(ctx, site, attribution),
      speakerRole: null,
      speakers: [],
    };
    if (mention) {
      const who = resolveSpeaker(ctx, index, range!, mention);
      quote.speakers = resolveSpeakers(ctx, index, range!, who);
      quote.speaker = who.speaker ?? quote.speakers[0] ?? null;
      // A guess without a cue names an entity or no one: "her skin" is no speaker's role.
      quote.speakerRole = attribution.cue ? who.role : null;
      if (pendingOpening && site.span.opensParagraph) {
        pendingOpening.speakerMention = mention;
        pendingOpening.speaker = quote.speaker;
        pendingOpening.speakerRole = quote.speakerRole;
        pendingOpening.speakers = quote.speakers;
      }
    } else if (previous && continues(ctx, index, previous, previousParagraph, site)) {
      quote.speakerMention = previous.speakerMention;
      quote.speaker = previous.speaker;
      quote.speakerRole = previous.speakerRole;
      quote.speakers = previous.speakers;
    }
    pendingOpening = !mention && !site.span.closed && site.span.opensParagraph ? (pendingOpening ?? quote) : null;
    quotes.push(quote);
    previous = quote;
    previousParagraph = site.span.paragraph;
  }
  return quotes;
}
