// Per-article state shared by the quote steps: token lookups by offset, the sentence of each
// token, and each quotation span's token indices and the stretch of its sentence around it that
// may hold its attribution (never reaching into a neighbouring quotation).

import type { Article } from '../article/article.js';
import { articleTags } from '../model/pos.js';
import type { QuoteSpan } from './find.js';
import { isNickname } from './filter.js';
import { reportingLexicon } from './lexicon.js';
import { sentenceBounds, tokenAt, type PronounText } from '../pronouns/antecedent.js';

export { tokenAt };

export interface QuoteSite {
  span: QuoteSpan;
  /** Position in QuoteContext.sites. */
  index: number;
  /** Token index of the opening mark and of the closing mark (last token of the paragraph when unclosed). */
  openTok: number;
  closeTok: number;
  /** Tokens [leftLo, openTok) may attribute the quote from before it … */
  leftLo: number;
  /** … and tokens (closeTok, rightHi) from after it. */
  rightHi: number;
}

/** The pronoun resolver's view (tokens, sentence bounds, tags, quoted tokens) and the quote steps' own. */
export interface QuoteContext extends PronounText {
  article: Article;
  /** Token i is a lexicon word, whatever its part of speech ("said", "claim", "remarks"). */
  isCue: (i: number) => boolean;
  /** Token i is a reporting verb: a lexicon word the tagger reads as a verb (not "the tweets"). */
  isVerb: (i: number) => boolean;
  /** Token i ends a speaker phrase: a reporting verb or any finite verb ("met", "expected"). */
  breaksPhrase: (i: number) => boolean;
  /** Token i is tagged as any verb form (or a modal). */
  isVerbTag: (i: number) => boolean;
  phrases: readonly (readonly string[])[];
  /** The tokens where a cue may be, ascending: each isCue or the first word of a cue phrase. A
   *  backward search for a cue visits these only, so its cost does not grow with the stretch of
   *  sentence it may search (100 KB of “Yes,” in one sentence took each quotation's search over
   *  all the tokens before it). */
  cueCandidates: readonly number[];
  sites: QuoteSite[];
}


const CAPITAL_RE = /^\p{Lu}/u;
// Only a noun reading overrules the lexicon: the tagger trips over rarer verbs ("replied/JJ").
const NOUN_TAG_RE = /^NN/;
const NOUN_CONTEXT_RE = /^(?:DT|PRP\$|POS|JJ|JJR|JJS|CD|NN|NNS)$/;
const ANY_VERB_TAG_RE = /^(?:VB|MD)/;
const FINITE_TAG_RE = /^(?:VBD|VBZ|VBP|MD)$/;

export function buildContext(article: Article, spans: readonly QuoteSpan[]): QuoteContext {
  const tokens = article.tokens;
  const { sentenceFrom, sentenceTo, sentenceOf } = sentenceBounds(article, tokens.length);
  const lexicon = reportingLexicon();
  const tags = articleTags(article).flat();
  // A capitalised "States" or "Reports" is a name, not a reporting verb.
  const isCue = (i: number): boolean => {
    const t = tokens[i];
    // Capitalised only where it opens its sentence ("Said Ellis: …"): "States", "Reports" are names.
    return t !== undefined && (!CAPITAL_RE.test(t.text) || sentenceFrom[i] === i) && lexicon.words.has(t.text.toLowerCase());
  };
  // A noun reading counts only inside a noun phrase ("the tweets", "Trump’s claim", "late-night
  // tweets"): the tagger, trained without curly quotes, also reads "” Mariano wrote" as a noun.
  // Right before a quotation's opening mark a cue word after a noun is a verb: the letter reads “…”
  // (not after a determiner or adjective: "made the following comment: “…”").
  const opensQuote = new Uint8Array(tokens.length + 1);
  for (const span of spans) opensQuote[tokenAt(tokens, span.open)] = 1;
  const beforeQuote = (i: number): boolean => opensQuote[i + 1] === 1 || (/^[,:]$/.test(tokens[i + 1]?.text ?? '') && opensQuote[i + 2] === 1);
  const isVerb = (i: number): boolean => isCue(i) && ((beforeQuote(i) && NOUN_TAG_RE.test(tags[i - 1] ?? '')) || !(NOUN_TAG_RE.test(tags[i] ?? '') && NOUN_CONTEXT_RE.test(tags[i - 1] ?? '')));
  const isVerbTag = (i: number): boolean => ANY_VERB_TAG_RE.test(tags[i] ?? '');
  const breaksPhrase = (i: number): boolean => isVerb(i) || FINITE_TAG_RE.test(tags[i] ?? '');
  const phraseStarts = new Set(lexicon.phrases.map((p) => p[0]));
  const cueCandidates: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (isCue(i) || phraseStarts.has(tokens[i].text.toLowerCase())) cueCandidates.push(i);
  const sites: QuoteSite[] = [];
  for (const span of spans) {
    const openTok = tokenAt(tokens, span.open);
    const closeTok = span.closed ? tokenAt(tokens, span.close) : tokenAt(tokens, span.close) - 1;
    if (span.closed && isNickname(tokens, openTok, closeTok, sentenceFrom)) continue;
    sites.push({ span, index: sites.length, openTok, closeTok, leftLo: sentenceFrom[openTok], rightHi: span.closed ? sentenceTo[closeTok] : closeTok + 1 });
  }
  for (let i = 0; i < sites.length; i++) {
    const prev = sites[i - 1];
    const next = sites[i + 1];
    if (prev && prev.span.paragraph === sites[i].span.paragraph) sites[i].leftLo = Math.max(sites[i].leftLo, prev.closeTok + 1);
    if (next && next.span.paragraph === sites[i].span.paragraph) sites[i].rightHi = Math.min(sites[i].rightHi, next.openTok);
  }
  const quoted = new Uint8Array(tokens.length);
  for (const site of sites) quoted.fill(1, site.openTok, site.closeTok + 1);
  const tag = (i: number): string => tags[i] ?? '';
  const inQuote = (i: number): boolean => quoted[i] === 1;
  return { article, tokens, sentenceFrom, sentenceTo, sentenceOf, isCue, isVerb, breaksPhrase, isVerbTag, tag, inQuote, phrases: lexicon.phrases, cueCandidates, sites };
}
