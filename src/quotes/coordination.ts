// Coordinated speakers: "Kovacs and Halloran said", "said Kovacs and Halloran" name both. The
// attribution steps find one noun phrase next to the cue, which stops at "and"; here the phrase
// grows over one "and" to the conjunct beside it, and a speaker phrase is cut back into its
// conjuncts so that each can be resolved to its own entity.
//
// A conjunct joins only when the coordination can be the subject: the phrase on the far side of
// "and" is a name, a pronoun or a determiner's noun phrase ending on a noun, and nothing but a
// sentence edge or punctuation lies beyond it — "Trump attacked Clinton and Obama said" is not
// Clinton and Obama speaking, "said Smith and added" not Smith and anyone.

import type { QuoteContext } from './context.js';
import { isCapitalised, phraseAfter, phraseBefore, type TokenRange } from './mention.js';
import { DETERMINERS, PREPOSITIONS, PRONOUNS } from './words.js';

export const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', '&']);
const NOUN_TAG_RE = /^(?:NN|PRP$)/;
/** What may stand right beyond a coordinated subject: the sentence edge, punctuation, a quote mark or a dash. */
const EDGE_RE = /^[,;:.!?"“”‘’'()—–―-]$/;

/** The phrase may be one conjunct of a subject: opens with a name, pronoun or determiner, ends on a noun. */
function conjunctLike(ctx: QuoteContext, r: TokenRange): boolean {
  const first = ctx.tokens[r.from];
  const lower = first.text.toLowerCase();
  if (!isCapitalised(first) && !PRONOUNS.has(lower) && !DETERMINERS.has(lower)) return false;
  if (!NOUN_TAG_RE.test(ctx.tag(r.to))) return false;
  for (let i = r.from; i <= r.to; i++) if (ctx.inQuote(i)) return false;
  return true;
}

/** Token `i` is the sentence's edge (outside [lo, hi)) or punctuation. */
function atEdge(ctx: QuoteContext, i: number, lo: number, hi: number): boolean {
  return i < lo || i >= hi || EDGE_RE.test(ctx.tokens[i].text);
}

/**
 * The speaker phrase with the conjunct on either side of it across one "and" ("Halloran" in
 * "Kovacs and Halloran said" → "Kovacs and Halloran"), or the phrase itself.
 */
export function withConjuncts(ctx: QuoteContext, r: TokenRange): TokenRange {
  const { tokens } = ctx;
  const lo = ctx.sentenceFrom[r.from];
  const hi = ctx.sentenceTo[r.from];
  let { from, to } = r;
  const and = from - 1;
  if (and - 1 >= lo && CONJUNCTIONS.has(tokens[and].text.toLowerCase())) {
    const left = phraseBefore(tokens, and - 1, lo, ctx.breaksPhrase);
    if (left && conjunctLike(ctx, left) && atEdge(ctx, left.from - 1, lo, hi)) from = left.from;
  }
  const and2 = to + 1;
  if (from === r.from && and2 + 1 < hi && CONJUNCTIONS.has(tokens[and2].text.toLowerCase())) {
    const right = phraseAfter(tokens, and2 + 1, hi, ctx.breaksPhrase);
    if (right && conjunctLike(ctx, right) && atEdge(ctx, right.to + 1, lo, hi)) to = right.to;
  }
  return from === r.from && to === r.to ? r : { from, to };
}

/**
 * The conjuncts of a speaker phrase, split at each "and" ("Kovacs and Halloran", "Union leader
 * Maria Ostrowski and the ministry"); the phrase whole when it holds no "and", when `inName(i)`
 * tells that the "and" is inside a name ("Procter and Gamble"), or when a comma or a preposition
 * comes before it: the "and" then joins the parts of an appositive or of a prepositional phrase
 * ("Cynthia Thompson, curator and director of exhibits", "Matthew Ingram of The Globe and Mail").
 */
export function conjunctsOf(ctx: QuoteContext, r: TokenRange, inName: (i: number) => boolean): TokenRange[] {
  const { tokens } = ctx;
  const ands: number[] = [];
  for (let i = r.from + 1; i < r.to; i++) if (CONJUNCTIONS.has(tokens[i].text.toLowerCase()) && !inName(i)) ands.push(i);
  if (ands.length === 0) return [r];
  const last = ands[ands.length - 1];
  for (let i = r.from; i < last; i++) {
    const t = tokens[i].text.toLowerCase();
    if ((t === ',' || PREPOSITIONS.has(t)) && !inName(i)) return [r];
  }
  const parts: TokenRange[] = [];
  let from = r.from;
  for (const i of ands) {
    parts.push({ from, to: i - 1 });
    from = i + 1;
  }
  parts.push({ from, to: r.to });
  return parts;
}
