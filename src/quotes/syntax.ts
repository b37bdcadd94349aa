// The reporting verb's subject read off the sentence's dependency parse (src/syntax/, shared with
// the other analyzers: a sentence is parsed once, and only when a cue verb asks). The subject is
// the verb's nsubj; a verb without one — "…, saying", "denied it and added", "wants to tell" —
// takes the subject of the verb it hangs on. The mention is the subject's words without the
// clauses that describe it ("Smith, who chairs the panel," → "Smith"), keeping an appositive
// ("the secretary general of CEI, Nunzio Galantino").

import { dependentsOf, subtreeSpan } from '../syntax/tree.js';
import { parsedOrNull } from '../syntax/sentence-parse.js';
import type { QuoteContext } from './context.js';
import type { TokenRange } from './mention.js';
import { DETERMINERS, PRONOUNS } from './words.js';

/** Relations through which a verb without a subject shares the subject of its head. */
const SHARES_SUBJECT = new Set(['conj', 'xcomp', 'advcl']);
/** Dependents left out of the subject's words: clauses and loose attachments. */
const LEFT_OUT = new Set(['acl', 'acl:relcl', 'parataxis', 'dep', 'advmod', 'advcl', 'obl', 'obl:tmod', 'obl:npmod', 'discourse', 'list']);
const MAX_HOPS = 3;
const PUNCT_RE = /^[\p{P}\p{S}]+$/u;


/** Relations that open a reported clause under a verb ("said [the plan was …]"). */
const REPORTED = new Set(['ccomp', 'parataxis']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom']);
/** Relative pronouns that name the speaker they stand for ("that" is as often a conjunction). */
const SPEAKING_RELATIVES = new Set(['who', 'which']);
const RELATIVE_CLAUSES = new Set(['acl:relcl', 'advcl:relcl']);
const NOUN_TAG_RE = /^NN/;
/** Arguments through which a relative clause's noun belongs to the verb above it. */
const ARGUMENTS = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj']);

/**
 * The verb at token `verb` is inside a clause another cue verb reports ("Mook told CBS that the
 * campaign expects Holt to call out Trump for his “lies”"): its subject is not the speaker; the
 * outer cue's is.
 */
export function insideReport(ctx: QuoteContext, verb: number): boolean {
  const base = ctx.sentenceFrom[verb];
  const parse = parsedOrNull(ctx.article, ctx.sentenceOf[verb]);
  if (!parse) return false;
  const { heads, labels } = parse;
  // A coordinated cue with a subject of its own speaks for that subject: "…, with the i reporting …".
  const deps = dependentsOf(parse);
  if (labels[verb - base] === 'conj' && deps[verb - base].some((d) => labels[d] === 'nsubj')) return false;
  for (let v = verb - base, hop = 0; hop <= MAX_HOPS && heads[v] >= 0; hop++) {
    // Not a passive cue without its agent: "When terrorists are revealed …, Obama calls them “…”".
    if (REPORTED.has(labels[v]) && ctx.isCue(heads[v] + base) && heads[v] + base < verb && !deps[heads[v]].some((d) => labels[d] === 'aux:pass')) return true;
    // "saying anybody who complains about it “…”": a relative clause is part of the clause its
    // noun is an argument of.
    if (RELATIVE_CLAUSES.has(labels[v]) && ARGUMENTS.has(labels[heads[v]]) && heads[heads[v]] >= 0) {
      v = heads[heads[v]];
      if (ctx.isCue(v + base) && v + base < verb) return true;
      continue;
    }
    if (!SHARES_SUBJECT.has(labels[v]) && !REPORTED.has(labels[v])) return false;
    v = heads[v];
  }
  return false;
}

/** The subject of the reporting verb at token `verb`, inside [lo, verb), or null. */
export function cueSubject(ctx: QuoteContext, verb: number, lo: number): TokenRange | null {
  const base = ctx.sentenceFrom[verb];
  const parse = parsedOrNull(ctx.article, ctx.sentenceOf[verb]);
  if (!parse) return null;
  const { heads, labels } = parse;
  const deps = dependentsOf(parse);
  let v = verb - base;
  for (let hop = 0; hop <= MAX_HOPS && v >= 0; hop++) {
    // "Mr . Tedeschi told": the parser may hang two words of one name on the verb as subjects.
    // A passive subject without a passive auxiliary is the parser's slip ("X has called").
    const active = !deps[v].some((d) => labels[d] === 'aux:pass');
    const subjects = deps[v].filter((d) => labels[d] === 'nsubj' || (active && labels[d] === 'nsubj:pass'));
    if (subjects.length > 0) {
      let from = Infinity;
      let to = -1;
      for (const subject of subjects) {
        // the subject's words, sentence-local
        const [f, t] = subtreeSpan(deps, subject, (d) => LEFT_OUT.has(labels[d]));
        from = Math.min(from, f + base);
        to = Math.max(to, t + base);
      }
      // "Two former employees, who spoke on condition of anonymity, said": the parse may keep a
      // relative clause in the subject; the speaker is the noun phrase before it.
      for (let i = from + 1; i < to; i++) {
        if (ctx.tokens[i].text === ',' && RELATIVE_PRONOUNS.has(ctx.tokens[i + 1].text.toLowerCase())) {
          to = i - 1;
          break;
        }
      }
      while (from < to && PUNCT_RE.test(ctx.tokens[to].text)) to--;
      while (from < to && PUNCT_RE.test(ctx.tokens[from].text)) from++;
      // "the i reporting": a determiner before a lone pronoun makes it a name.
      if (from === to && from - 1 >= lo && PRONOUNS.has(ctx.tokens[from].text.toLowerCase()) && DETERMINERS.has(ctx.tokens[from - 1].text.toLowerCase())) from--;
      // "who"/"which" right after a noun is the speaker ("the police department, which reported",
      // "McConnell, who in 2010 said"): resolveSpeaker follows it to that noun. Any other relative
      // pronoun is left to the caller, which looks past it to the clause it sits in.
      if (from === to && RELATIVE_PRONOUNS.has(ctx.tokens[from].text.toLowerCase()) && !(SPEAKING_RELATIVES.has(ctx.tokens[from].text.toLowerCase()) && relativeNoun(ctx, from) >= 0)) return null;
      if (from < lo || to >= verb || ctx.inQuote(from) || ctx.inQuote(to)) return null;
      return { from, to };
    }
    if (!SHARES_SUBJECT.has(labels[v])) return null;
    v = heads[v];
  }
  return null;
}

/**
 * The noun a relative pronoun at token `pronoun` stands for, or -1: the noun right before it, past
 * one comma ("the police, which reported", "the Chicago Police Department which reported"), else
 * the noun the parse hangs its clause on. The words come first: the parse often hangs a relative
 * clause on the main verb.
 */
export function relativeNoun(ctx: QuoteContext, pronoun: number): number {
  if (!RELATIVE_PRONOUNS.has(ctx.tokens[pronoun].text.toLowerCase())) return -1;
  const base = ctx.sentenceFrom[pronoun];
  let k = pronoun - 1;
  if (k >= base && ctx.tokens[k].text === ',') k--;
  if (k >= base && NOUN_TAG_RE.test(ctx.tag(k))) return k;
  const parse = parsedOrNull(ctx.article, ctx.sentenceOf[pronoun]);
  if (!parse) return -1;
  const { heads, labels } = parse;
  const verb = heads[pronoun - base];
  return verb >= 0 && RELATIVE_CLAUSES.has(labels[verb]) && heads[verb] >= 0 ? heads[verb] + base : -1;
}
