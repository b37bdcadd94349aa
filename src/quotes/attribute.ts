// Who said it: the reporting cue and the speaker's noun phrase around one quotation, tried in
// the order news prose uses them —
//   0. a transcript's speaker label opening the quotation: “PENCE: Well, look, …”
//   1. right after the closing mark: “…,” Smith said / “…,” said Smith / “…” ― Smith
//   2. before the opening mark, nearest cue first: Smith said: “…” / Smith said the plan was “…”
//   3. a colon frame ending the paragraph before: Smith added:⏎“…”
//   4. a cue later in the sentence: “Fake news” is what he called it.
//   5. a quotation that is a sentence of its own, with nothing of its own: the cue of the writer's
//      sentence right before it in the paragraph (Schiff said the plan failed. “We tried.”).
// A cue without a subject of its own ("…, adding “…”", "… but stressed: “…”") takes the subject
// of the nearest cue before it in the sentence.

import type { Token } from '../article/article.js';
import { firstIndex } from '../article/search.js';
import type { QuoteContext, QuoteSite } from './context.js';
import { isCapitalised, phraseAfter, phraseBefore, type TokenRange } from './mention.js';
import { cueSubject, insideReport } from './syntax.js';
import { DASHES, DETERMINERS, PREPOSITIONS, PRONOUNS, TIME_WORDS, VERB_MODIFIERS } from './words.js';
import { isDocumentNoun } from './lexicon.js';
import { isNameParticle } from '../entities/person-words.js';

export type AttributionKind = 'label' | 'after' | 'before' | 'colon' | 'later' | 'previous' | 'none';

export interface Attribution {
  cue: TokenRange | null;
  mention: TokenRange | null;
  kind: AttributionKind;
}

const NONE: Attribution = { cue: null, mention: null, kind: 'none' };
const APPOSITIVE_MAX = 20;
const MAX_APPOSITIVES = 3;
const ING_RE = /ing$/;
const POSSESSIVE_RE = /^['’]s$/i;
const RELATIVES = new Set(['what', 'which', 'when']);
const QUESTION_OR_EXCLAMATION = new Set(['?', '!']);
const NP_PREPOSITIONS = new Set(['in', 'at', 'from', 'with', 'on', 'of', 'for']);

function phraseAt(ctx: QuoteContext, i: number, hi: number): number {
  for (const p of ctx.phrases) {
    if (i + p.length > hi) continue;
    let ok = true;
    for (let k = 0; k < p.length && ok; k++) ok = ctx.tokens[i + k].text.toLowerCase() === p[k];
    if (ok) return p.length;
  }
  return 0;
}

const ADVERB_TAG_RE = /^RB[RS]?$/;

/** Back over the words between a subject and its verb: "has", "later", any adverb ("forcefully told"). */
function skipModifiersBack(ctx: QuoteContext, k: number, lo: number): number {
  const { tokens } = ctx;
  while (k >= lo && (VERB_MODIFIERS.has(tokens[k].text.toLowerCase()) || ADVERB_TAG_RE.test(ctx.tag(k))) && !/^\p{Lu}/u.test(tokens[k].text)) k--;
  return k;
}

function skipModifiersForward(tokens: readonly Token[], k: number, hi: number): number {
  while (k < hi && VERB_MODIFIERS.has(tokens[k].text.toLowerCase())) k++;
  return k;
}

/** The subject of the reporting verb at `verb`: the phrase before it, past an appositive. */
function subjectOf(ctx: QuoteContext, verb: number, lo: number): TokenRange | null {
  const { tokens } = ctx;
  let k = skipModifiersBack(ctx, verb - 1, lo);
  if (k < lo) return null;
  if (tokens[k].text === ')') {
    while (k >= lo && tokens[k].text !== '(') k--;
    k--;
  } else if (tokens[k].text === ',' && !ING_RE.test(tokens[verb].text)) {
    // "Flynn, a top adviser, said" / "Smith, who …, said": the speaker precedes the comma pair.
    let c = k - 1;
    while (c >= lo && k - c < APPOSITIVE_MAX && tokens[c].text !== ',' && !/["“”]/.test(tokens[c].text)) c--;
    if (c < lo || tokens[c].text !== ',') return null;
    const description = phraseBefore(tokens, c - 1, lo, ctx.breaksPhrase);
    // "One parent, Luis Ortega, said": a name in apposition to a description is who spoke.
    if (description && isDescription(ctx, description) && isNameRun(ctx, c + 1, k - 1) && !afterPreposition(ctx, description)) return { from: description.from, to: k - 1 };
    k = c - 1;
  }
  if (k < lo) return null;
  const np = phraseBefore(tokens, k, lo, ctx.breaksPhrase);
  // "who in 2010 said": a year or a day after a preposition is when, not who.
  if (np && np.from - 1 >= lo && tokens[np.from - 1].text.toLowerCase() === 'in' && /^\d+$|^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(tokens[np.to].text))
    return phraseBefore(tokens, np.from - 2, lo, ctx.breaksPhrase);
  // "Protesters marching through the streets chanted": the object of a preposition is no subject
  // of a finite verb (a participle's may be: "footage of Trump saying").
  return np && (ING_RE.test(tokens[verb].text) || !afterPreposition(ctx, np)) ? np : null;
}

/**
 * "The ministry released a statement saying …", "The senator posted a video on Twitter saying …":
 * a participle cue after a document — or after a phrase of place or time that follows one — speaks
 * for the document's author, the subject of the verb the document is the object of. Null when the
 * phrase is no such document or no verb with a subject stands before it.
 */
function author(ctx: QuoteContext, np: TokenRange, lo: number): TokenRange | null {
  const { tokens } = ctx;
  let doc: TokenRange | null = np;
  if (afterPreposition(ctx, np)) doc = phraseBefore(tokens, np.from - 2, lo, ctx.breaksPhrase);
  if (!doc || !isDocumentNoun(tokens[doc.to].text)) return null;
  const verb = doc.from - 1;
  if (verb < lo || !ctx.isVerbTag(verb)) return null;
  return cueSubject(ctx, verb, lo) ?? subjectOf(ctx, verb, lo);
}

const MAX_NAME_WORDS = 5;
const NAME_WORD_RE = /^\p{Lu}[\p{L}'’-]*$/u;

/** A phrase that describes rather than names: it opens with a lower-case word or a determiner ("one parent", "The spokesperson"). */
function isDescription(ctx: QuoteContext, np: TokenRange): boolean {
  const first = ctx.tokens[np.from].text;
  return !isCapitalised(ctx.tokens[np.from]) || DETERMINERS.has(first.toLowerCase());
}

/** Tokens [from, to] are a person's name: capitalised words, initials, particles ("Luis Ortega", "Anna de Vries"). */
function isNameRun(ctx: QuoteContext, from: number, to: number): boolean {
  if (to < from || to - from >= MAX_NAME_WORDS || !NAME_WORD_RE.test(ctx.tokens[from].text) || DETERMINERS.has(ctx.tokens[from].text.toLowerCase())) return false;
  for (let i = from; i <= to; i++) {
    const t = ctx.tokens[i].text;
    if (!NAME_WORD_RE.test(t) && t !== '.' && !isNameParticle(t)) return false;
  }
  return NAME_WORD_RE.test(ctx.tokens[to].text);
}

function afterPreposition(ctx: QuoteContext, np: TokenRange): boolean {
  const before = ctx.tokens[np.from - 1];
  return before !== undefined && ctx.sentenceFrom[np.from - 1] === ctx.sentenceFrom[np.from] && PREPOSITIONS.has(before.text.toLowerCase());
}

/** After "Graham asked" the sentence ends or goes on with a comma or a phrase of place, time or
 *  audience ("shouted to the crowd"). */
function endsClause(t: Token | undefined): boolean {
  return t === undefined || /^[.,;:!?]$/.test(t.text) || NP_PREPOSITIONS.has(t.text) || t.text === 'to' || TIME_WORDS.has(t.text.toLowerCase());
}

/** Token index of the next quotation's opening mark in the same paragraph, or Infinity. */
function nextOpen(ctx: QuoteContext, site: QuoteSite): number {
  const next = ctx.sites[site.index + 1];
  return next && next.span.paragraph === site.span.paragraph ? next.openTok : Infinity;
}

/** The phrase at `from` is the subject of a clause reported by a verb before it ("said (that) she"). */
function reportedClause(ctx: QuoteContext, from: number, lo: number): boolean {
  let k = from - 1;
  if (k >= lo && ctx.tokens[k].text.toLowerCase() === 'that') k--;
  k = skipModifiersBack(ctx, k, lo);
  return k >= lo && ctx.isVerb(k);
}

/** The first phrase of the sentence that a verb follows: "Earlier today, Trump attacked …" → Trump. */
function sentenceSubject(ctx: QuoteContext, lo: number, end: number): TokenRange | null {
  const { tokens } = ctx;
  // Any verb form ends the phrase: "Protesters marching through the streets chanted".
  const breaks = (i: number): boolean => ctx.breaksPhrase(i) || ctx.isVerbTag(i);
  for (let i = lo; i < end; i++) {
    const np = phraseAfter(tokens, i, end, breaks);
    if (!np) continue;
    // A subject worth naming opens with a name, a pronoun or a determiner, not "most voters".
    const first = tokens[np.from];
    if ((!isCapitalised(first) && !PRONOUNS.has(first.text) && !DETERMINERS.has(first.text)) || afterPreposition(ctx, np)) {
      i = np.to;
      continue;
    }
    let next = skipModifiersForward(tokens, np.to + 1, end);
    // "Dean, a former party chairman, poked at …": past an appositive.
    if (next < end && tokens[next].text === ',') {
      let c = next + 1;
      while (c < end && c - next < APPOSITIVE_MAX && tokens[c].text !== ',' && !ctx.inQuote(c)) c++;
      if (c < end && tokens[c].text === ',') next = skipModifiersForward(tokens, c + 1, end);
    }
    if (next < end && (ctx.breaksPhrase(next) || ctx.isVerbTag(next))) return np;
    i = np.to;
  }
  return null;
}

/** "Trump’s" in "Trump’s claim", "the senator’s remarks". */
function possessor(ctx: QuoteContext, noun: number, lo: number): TokenRange | null {
  const k = noun - 1;
  if (k - 1 < lo || !POSSESSIVE_RE.test(ctx.tokens[k].text)) return null;
  const owner = phraseBefore(ctx.tokens, k - 1, lo, ctx.breaksPhrase);
  return owner ? { from: owner.from, to: k } : null;
}

/** Pattern 1: the attribution right after the closing mark. */
function after(ctx: QuoteContext, site: QuoteSite): Attribution | null {
  const { tokens } = ctx;
  let hi = site.rightHi;
  let k = site.closeTok + 1;
  // “…?” Graham asked. — the splitter ends a sentence at ?” or !”, but the attribution goes on.
  const extended = k === hi && site.span.closed && k < tokens.length && ctx.sentenceFrom[k] === k && QUESTION_OR_EXCLAMATION.has(tokens[k - 2]?.text ?? '') && tokens[k].start < ctx.article.paragraphs[site.span.paragraph].end;
  if (extended) hi = Math.min(ctx.sentenceTo[k], nextOpen(ctx, site));
  if (k < hi && tokens[k].text === ',') k++;
  if (k >= hi) return null;
  if (DASHES.has(tokens[k].text)) {
    // A byline names someone: “…” ― Ana Cruz, not “…” ― just as before.
    const mention = isCapitalised(tokens[k + 1] ?? tokens[k]) ? phraseAfter(tokens, k + 1, hi, ctx.breaksPhrase) : null;
    return mention ? { cue: { from: k, to: k }, mention, kind: 'after' } : null;
  }
  const n = phraseAt(ctx, k, hi);
  if (n) return { cue: { from: k, to: k + n - 1 }, mention: phraseAfter(tokens, k + n, hi, ctx.breaksPhrase), kind: 'after' };
  // Right after a quotation a cue word is a verb whatever the tagger thinks ("” wrote Smith",
  // "” the letter reads"): the tagger never saw curly quotes.
  const breaks = (i: number): boolean => ctx.isCue(i) || ctx.breaksPhrase(i);
  if (ctx.isCue(k)) {
    const next = tokens[k + 1];
    const mention = next && !TIME_WORDS.has(next.text.toLowerCase()) ? phraseAfter(tokens, k + 1, hi, breaks) : null;
    return { cue: { from: k, to: k }, mention, kind: 'after' };
  }
  if (tokens[k].text.toLowerCase() === 'as') return asPutIt(ctx, k + 1, hi, breaks);
  let mention = phraseAfter(tokens, k, hi, breaks);
  if (!mention) return null;
  let m = mention.to + 1;
  if (m < hi && tokens[m].text === '(') {
    while (m < hi && tokens[m].text !== ')') m++;
    m++;
  }
  // "Smith, the attorney general of Oklahoma, one of the states suing, said": skip the asides.
  for (let n = 0; n < MAX_APPOSITIVES && m < hi && tokens[m].text === ',' && !(ctx.isVerb(m + 1) && ctx.isVerbTag(m + 1)); n++) {
    let c = m + 1;
    while (c < hi && c - m < APPOSITIVE_MAX && tokens[c].text !== ',') c++;
    if (c >= hi || tokens[c].text !== ',') return null;
    // "“…,” one parent, Luis Ortega, told reporters": the name in apposition is who spoke.
    if (n === 0 && isDescription(ctx, mention) && isNameRun(ctx, m + 1, c - 1)) mention = { from: mention.from, to: c - 1 };
    m = c + 1;
  }
  // "a narrator in the Clinton ad asks": one prepositional phrase may complete the speaker.
  if (m < hi && NP_PREPOSITIONS.has(tokens[m].text)) {
    const pp = phraseAfter(tokens, m + 1, hi, breaks);
    if (pp && ctx.isCue(skipModifiersForward(tokens, pp.to + 1, hi))) m = pp.to + 1;
  }
  // "a firefighter who asked not to be named told": past a relative clause without commas, whose
  // own first verb may be a cue too, to the cue after it.
  if (m < hi && RELATIVE_OPENERS.has(tokens[m].text)) m = afterRelativeClause(ctx, m, hi);
  m = skipModifiersForward(tokens, m, hi);
  if (m < hi && ctx.isCue(m) && (!extended || endsClause(tokens[m + 1]))) return { cue: { from: m, to: m }, mention, kind: 'after' };
  return null;
}

const RELATIVE_OPENERS = new Set(['who', 'that']);
const MAX_RELATIVE_CLAUSE = 12;

/** The first finite cue verb after the relative clause opening at `rel`, past the clause's own verb; else `rel`. */
function afterRelativeClause(ctx: QuoteContext, rel: number, hi: number): number {
  let v = rel + 1;
  while (v < hi && v - rel <= MAX_RELATIVE_CLAUSE && !ctx.isVerbTag(v)) v++;
  for (let j = v + 1; j < hi && j - rel <= MAX_RELATIVE_CLAUSE; j++) {
    if (ctx.inQuote(j) || /^[,;:]$/.test(ctx.tokens[j].text)) return rel;
    // A finite cue: a participle ("… that included one saying") hangs on the clause's noun.
    if (ctx.isCue(j) && ctx.isVerb(j) && ctx.isVerbTag(j) && !ING_RE.test(ctx.tokens[j].text)) return j;
  }
  return rel;
}

/** “…,” as a Homeland Security memo put it / as Smith said: the phrase after "as" and its cue. */
function asPutIt(ctx: QuoteContext, k: number, hi: number, breaks: (i: number) => boolean): Attribution | null {
  const { tokens } = ctx;
  const mention = phraseAfter(tokens, k, hi, breaks);
  if (!mention) return null;
  const m = skipModifiersForward(tokens, mention.to + 1, hi);
  if (m >= hi) return null;
  const cue = ctx.isVerb(m) || (tokens[m].text.toLowerCase() === 'put' && tokens[m + 1]?.text.toLowerCase() === 'it');
  return cue ? { cue: { from: m, to: m }, mention, kind: 'after' } : null;
}

/** Position in ctx.cueCandidates of the last candidate before token `end`, or -1. */
function lastCandidateBefore(ctx: QuoteContext, end: number): number {
  return firstIndex(ctx.cueCandidates, (j) => j >= end) - 1;
}

/** Pattern 2 (and 3, on another stretch): the nearest cue before `end` in [lo, end). Only the cue
 *  candidates are visited: at any other token neither a phrase nor a cue word starts. */
function before(ctx: QuoteContext, lo: number, end: number, kind: AttributionKind): Attribution | null {
  const { tokens, cueCandidates } = ctx;
  let cue: TokenRange | null = null;
  let relative: Attribution | null = null;
  const last = lastCandidateBefore(ctx, end);
  for (let c = last, j = cueCandidates[c]; c >= 0 && j >= lo; j = cueCandidates[--c]) {
    const n = phraseAt(ctx, j, end);
    if (n) {
      const mention = phraseAfter(tokens, j + n, end, ctx.breaksPhrase);
      if (mention) return { cue: cue ?? { from: j, to: j + n - 1 }, mention, kind };
      continue;
    }
    if (!ctx.isCue(j)) continue;
    cue ??= { from: j, to: j };
    if (!ctx.isVerb(j)) continue;
    // "Mook told CBS that the campaign expects Holt to call out Trump for his “lies”": a cue inside
    // a clause another cue reports yields to that cue.
    if (insideReport(ctx, j)) {
      cue = null;
      continue;
    }
    const found = cueSubject(ctx, j, lo) ?? subjectOf(ctx, j, lo);
    const mention = found && ING_RE.test(tokens[j].text) ? (author(ctx, found, lo) ?? found) : found;
    if (mention) {
      // "She said she recalls …": the cue inside a reported clause yields to the one outside it.
      if (reportedClause(ctx, mention.from, lo)) {
        cue = null;
        continue;
      }
      // "Ban condemned what he called a “breach”": the pronoun of a relative clause points to the
      // subject of the main clause, which names the speaker better, when there is one.
      if (relativePronounSubject(ctx, mention, lo)) {
        relative ??= { cue, mention, kind };
        continue;
      }
      return { cue: relative?.cue ?? cue, mention, kind };
    }
    // "He then defended it, saying, “…”": a participle without a subject takes the sentence's.
    if (ING_RE.test(tokens[j].text)) {
      const subject = sentenceSubject(ctx, lo, j);
      if (subject) return { cue, mention: subject, kind };
    }
    // "Said Ellis: “…”", "Added the minister, “…”": a cue opening the sentence has its subject after it.
    if (j === ctx.sentenceFrom[j] && cue.from === j) {
      const subject = phraseAfter(tokens, j + 1, end, ctx.breaksPhrase);
      if (subject && /^[,:]$/.test(tokens[subject.to + 1]?.text ?? '')) return { cue, mention: subject, kind };
    }
  }
  // No verb with a subject: a noun cue names its speaker by a possessive (Trump’s claim that …).
  for (let c = last, j = cueCandidates[c]; c >= 0 && j >= lo && cue; j = cueCandidates[--c]) {
    if (!ctx.isCue(j) || ctx.isVerb(j)) continue;
    const mention = possessor(ctx, j, lo);
    if (mention) return { cue: { from: j, to: j }, mention, kind };
  }
  if (relative) {
    // The main clause may begin before an earlier quotation of the same sentence.
    const outer = sentenceSubject(ctx, ctx.sentenceFrom[lo], relative.mention!.from);
    return outer ? { ...relative, mention: outer } : relative;
  }
  if (!cue) return null;
  return { cue, mention: sentenceSubject(ctx, lo, cue.from), kind };
}

function relativePronounSubject(ctx: QuoteContext, mention: TokenRange, lo: number): boolean {
  const { tokens } = ctx;
  return mention.from === mention.to && PRONOUNS.has(tokens[mention.from].text.toLowerCase()) && mention.from - 1 >= lo && RELATIVES.has(tokens[mention.from - 1].text.toLowerCase());
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
  const mention = sentenceSubject(ctx, lo, last) ?? phraseBefore(tokens, last - 1, lo, ctx.breaksPhrase);
  return mention ? { cue: found?.cue ?? { from: last, to: last }, mention, kind: 'colon' } : found;
}

/** Pattern 4: a cue later in the sentence, with its subject between the quote and the cue. */
function later(ctx: QuoteContext, site: QuoteSite): Attribution | null {
  for (let j = site.closeTok + 1; j < site.rightHi; j++) {
    if (!ctx.isVerb(j)) continue;
    // “…” was written by Springsteen: the agent of a passive cue is the speaker.
    const agent = ctx.tokens[j + 1]?.text === 'by' ? phraseAfter(ctx.tokens, j + 2, site.rightHi, ctx.breaksPhrase) : null;
    const mention = agent ?? subjectOf(ctx, j, site.closeTok + 1);
    return { cue: { from: j, to: j }, mention, kind: 'later' };
  }
  return null;
}

/** A speaker label: a word in capitals of two letters or more ("PENCE", "O'ROURKE", "DR."). */
const LABEL_WORD_RE = /^\p{Lu}[\p{Lu}.'’-]+$/u;
const MAX_LABEL_WORDS = 3;

/** Pattern 0: a transcript's speaker label, in capitals before a colon, opening the quotation. */
function label(ctx: QuoteContext, site: QuoteSite): Attribution | null {
  const { tokens } = ctx;
  const from = site.openTok + 1;
  let k = from;
  while (k < site.closeTok && k - from < MAX_LABEL_WORDS && LABEL_WORD_RE.test(tokens[k].text)) k++;
  if (k === from || k >= site.closeTok || tokens[k].text !== ':') return null;
  return { cue: { from: k, to: k }, mention: { from, to: k - 1 }, kind: 'label' };
}

export function attribute(ctx: QuoteContext, site: QuoteSite): Attribution {
  const l = label(ctx, site);
  if (l) return l;
  const a = after(ctx, site);
  const b = site.leftLo < site.openTok ? before(ctx, site.leftLo, site.openTok, 'before') : null;
  if (a?.mention) return a;
  if (b?.mention) return b;
  const c = colon(ctx, site);
  if (c?.mention) return c;
  const d = later(ctx, site);
  if (d?.mention) return d;
  const found = a ?? b ?? c ?? d;
  if (found) return found;
  // No cue at all, but the writer's sentence runs up to the quote: its subject is the best guess
  // (Trump attacked “…”). The cue stays null, so the filter still sees an uncued quotation.
  const subject = site.leftLo < site.openTok ? sentenceSubject(ctx, site.leftLo, site.openTok) : null;
  return subject ? { cue: null, mention: subject, kind: 'none' } : NONE;
}

/** Pattern 2 again from the start of the sentence, past a neighbouring mark that was no quotation. */
export function attributeFromSentenceStart(ctx: QuoteContext, site: QuoteSite): Attribution | null {
  const lo = ctx.sentenceFrom[site.openTok];
  return lo < site.leftLo ? before(ctx, lo, site.openTok, 'before') : null;
}

const NEGATIONS = new Set(['not', "n't", 'never']);

/** The verb at `verb` is negated: "did n't suggest", "never said". */
function negated(ctx: QuoteContext, verb: number): boolean {
  const lo = ctx.sentenceFrom[verb];
  for (let k = verb - 1; k >= lo && k >= verb - 3; k--) if (NEGATIONS.has(ctx.tokens[k].text.toLowerCase())) return true;
  return false;
}

/**
 * Pattern 5: a quotation that opens its own sentence takes the speaker of the writer's sentence
 * right before it in its paragraph, when that sentence reports someone ("X said the plan failed.
 * “We tried.”", "Y called him a master at it. “He showed …”"): that cue introduces the words
 * that follow. Not past another quotation (the continuation step reads those).
 */
export function attributeFromPreviousSentence(ctx: QuoteContext, site: QuoteSite): Attribution | null {
  const open = site.openTok;
  if (open === 0 || ctx.sentenceFrom[open] !== open) return null;
  const lo = ctx.sentenceFrom[open - 1];
  const { sentences } = ctx.article;
  if (sentences[ctx.sentenceOf[lo]].paragraph !== site.span.paragraph) return null;
  for (let i = lo; i < open; i++) if (ctx.inQuote(i)) return null;
  const found = before(ctx, lo, open, 'previous');
  // "He didn't suggest retaliation." reports nothing said.
  return found?.mention && found.cue && !negated(ctx, found.cue.from) ? found : null;
}
