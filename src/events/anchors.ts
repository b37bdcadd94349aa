// Attaching a time expression or a place to the event it modifies, like a prepositional phrase
// attaches to the nearest head before it: "the summit in Kazan from 22 to 24 October" → summit.
// A phrase that opens its clause ("Also on October 20, Vučić met …") modifies the first verb after
// it instead. A date found for an event noun that is the goal of a verb ("invited X to the
// commemorations on May 9") is also the verb's date.

import type { SentenceContext } from './context.js';
import { firstIndex } from '../article/search.js';
import { FINITE_TAGS, isVerbal } from './arguments.js';
import { inPhrase, phraseStartingBefore } from './phrases.js';

// Stops that end a clause for attachment: a phrase is not attached across them.
const HARD_BREAK = new Set([';', ':', '—', '–', '“', '”', '"', '«', '»', '(', ')']);
// Words that open a clause before a fronted phrase: "… and on Monday he met …". A bare comma does
// not: "said, just like two years ago, that …" still modifies the verb before it.
const OPENERS = new Set(['and', 'but', 'or', 'so', 'then']);
// Prepositions of comparison: "just like two years ago", "unlike last year", "higher than a year
// ago" date the event compared with, not the one of the clause.
const COMPARISON = new Set(['like', 'unlike', 'than']);
// Prepositions that make a noun event the goal or purpose of a verb.
const GOAL = new Set(['to', 'for', 'at']);

/** Token range [from, to] of a span, or null when it lies outside the sentence's tokens. */
export function tokenRange(c: SentenceContext, start: number, end: number): [number, number] | null {
  // tokens are in order and apart: those ending after `start` are a suffix, those starting before
  // `end` a prefix (two searches, not a walk over the sentence for each date)
  const from = firstIndex(c.tokens, (t) => t.end > start);
  const to = firstIndex(c.tokens, (t) => t.start >= end) - 1;
  return from <= to ? [from, to] : null;
}

const hardBreaksMemo = new WeakMap<SentenceContext, Int32Array>();

/**
 * breaks[k]: how many hard breaks the sentence has before token k, so whether a stretch of tokens
 * crosses one is a subtraction, not a walk (a walk per date or place made a long sentence quadratic).
 */
function hardBreaksBefore(c: SentenceContext): Int32Array {
  let out = hardBreaksMemo.get(c);
  if (!out) {
    out = new Int32Array(c.words.length + 1);
    for (let k = 0; k < c.words.length; k++) out[k + 1] = out[k] + (HARD_BREAK.has(c.words[k]) ? 1 : 0);
    hardBreaksMemo.set(c, out);
  }
  return out;
}

function opensClause(c: SentenceContext, from: number): boolean {
  let k = from - 1;
  while (k >= 0 && (c.tags[k] === 'IN' || c.tags[k] === 'TO' || c.tags[k] === 'RB' || c.tags[k] === 'DT')) k--;
  return k < 0 || OPENERS.has(c.lower[k]) || HARD_BREAK.has(c.words[k]) || closesFrontedClause(c, k);
}

/**
 * Is token k the comma that closes a contrasting clause opening the sentence ("While there was no
 * profit this year, last year they contributed £34 million", "Although the talks failed, on Monday
 * the two sides met")? What follows it is the main clause.
 */
function closesFrontedClause(c: SentenceContext, k: number): boolean {
  return c.words[k] === ',' && frontedClauseEnd(c) === k;
}

// Subordinators of a clause whose time is its own, not the main clause's ("While there was no profit
// this year, last year they contributed …"); not "when", "after", "as" ("as of Wednesday" is no
// clause), which tie the two times together.
const CONTRASTING = new Set(['while', 'although', 'though', 'whereas']);

/** The comma that closes a contrasting clause opening the sentence ("While …, …"), or -1. */
export function frontedClauseEnd(c: SentenceContext): number {
  let first = 0;
  while (first < c.tokens.length && (c.tags[first] === 'CC' || c.tags[first] === '``' || c.words[first] === '"' || c.words[first] === '“')) first++;
  if (!CONTRASTING.has(c.lower[first] ?? '')) return -1;
  return c.words.indexOf(',', first);
}

/**
 * Is the time expression starting at token `from` the standard of a comparison ("just like two and
 * a half years ago", "as in 2019")? It then anchors no event of its sentence.
 */
export function isComparedDate(c: SentenceContext, from: number): boolean {
  let k = from - 1;
  // "as in 2019", "as on Monday" (not "as of Monday": that dates the clause).
  if (k > 0 && (c.lower[k] === 'in' || c.lower[k] === 'on' || c.lower[k] === 'at') && c.lower[k - 1] === 'as') return true;
  return k >= 0 && COMPARISON.has(c.lower[k]);
}

// How far back a comparison's figure may reach ("from $1.43 billion, or 24 cents a share, a year earlier").
const MAX_FIGURE = 14;
const FIGURE_TAGS = new Set(['CD', '$', 'NN', 'NNS', 'JJ', 'JJR', 'RBR', 'DT', ',', 'IN', 'CC']);

/**
 * Is the date the time of a figure compared with ("rose to $5.8 million from $4 million a year
 * earlier", "up from 633.8 million francs last year", "compared with a loss of $9 million in
 * the year-ago quarter")? The figure, a number with its unit, stands between "from" (or "compared
 * with") and the date, with no verb.
 */
export function isComparedFigure(c: SentenceContext, from: number): boolean {
  let number = false;
  for (let k = from - 1; k >= 0 && k >= from - MAX_FIGURE; k--) {
    const w = c.lower[k];
    if ((w === 'from' || (w === 'with' && (c.lower[k - 1] === 'compared' || c.lower[k - 1] === 'compares'))) && number) return true;
    if (c.tags[k] === 'CD') number = true;
    // "$4 million, or 12 cents a share"; not "from 88 generals and admirals Tuesday"
    if (!FIGURE_TAGS.has(c.tags[k]) || (c.tags[k] === 'CC' && w !== 'or')) return false;
  }
  return false;
}

/**
 * The trigger (index into `triggers`, sorted token indexes) that the phrase [from, to] modifies,
 * or -1.
 */
export function attachmentOf(c: SentenceContext, triggers: readonly number[], from: number, to: number): number {
  const left = firstIndex(triggers, (t) => t >= from) - 1;
  const breaks = hardBreaksBefore(c);
  if (left >= 0 && !opensClause(c, from)) {
    const crosses = from > triggers[left] + 1 && breaks[from] > breaks[triggers[left] + 1];
    if (!crosses) return left;
  }
  // Fronted: the first verb after the phrase, else the first event after it, in the same clause.
  let first = -1;
  for (let t = left + 1; t < triggers.length; t++) {
    if (triggers[t] <= to) continue;
    const crosses = triggers[t] > to + 1 && breaks[triggers[t]] > breaks[to + 1];
    if (crosses) break;
    if (first < 0) first = t;
    if (isVerbal(c, triggers[t])) return t;
  }
  return first;
}

/**
 * The verb trigger whose goal phrase is the event noun at token i ("invited his counterpart to
 * the commemorations"): the noun phrase is introduced by a goal preposition right after the verb or
 * its object. Returns the trigger's position in `triggers`, or -1.
 */
export function goalVerbOf(c: SentenceContext, triggers: readonly number[], i: number): number {
  if (isVerbal(c, i)) return -1;
  const p = phraseStartingBefore(c, i) - 1;
  if (p < 1 || !GOAL.has(c.lower[p])) return -1;
  let k = p - 1;
  if (inPhrase(c, k)) k = phraseStartingBefore(c, k) - 1;
  const t = firstIndex(triggers, (x) => x >= k);
  return triggers[t] === k && isVerbal(c, k) ? t : -1;
}

// How far after "when" the verb of its clause may be ("when the anti-communist Solidarity forces won").
const MAX_WHEN_REACH = 8;

/**
 * The verb trigger of a "when" clause right after a time expression ending at token `to` ("in
 * November, when he was called", "from 1968, when the Soviets invaded"): the clause says what
 * happened at that time, so it is dated by it. Returns its position in `triggers`, or -1.
 */
export function whenClauseVerbOf(c: SentenceContext, triggers: readonly number[], to: number): number {
  let k = to + 1;
  if (c.words[k] === ',') k++;
  if (c.lower[k] !== 'when') return -1;
  const breaks = hardBreaksBefore(c);
  for (let t = firstIndex(triggers, (x) => x > k); t < triggers.length && triggers[t] <= k + MAX_WHEN_REACH; t++) {
    if (breaks[triggers[t]] > breaks[k]) return -1;
    if (isVerbal(c, triggers[t])) return t;
  }
  return -1;
}

/** Does a determiner or a possessive pronoun stand right before token `from` ("the Aug. 7", "its third quarter")? */
export function afterDeterminer(c: SentenceContext, from: number): boolean {
  return from > 0 && (c.tags[from - 1] === 'DT' || c.tags[from - 1] === 'PRP$');
}

// Words between a date and the event noun it modifies ("the Oct. 23 sniper shooting").
const MAX_NOUN_MODIFIERS = 2;
const NOUN_MODIFIER_TAGS = new Set(['NN', 'NNP', 'JJ']);

/**
 * The event noun a time expression [from, to] stands before, as a modifier of its noun phrase
 * ("the Aug. 7, 1998, bombings", "the Oct. 23 sniper shooting", "Saturday's debate"): the event
 * happened then. The noun is the phrase's last word (not "the 1995 shooting range"), or an event
 * noun on the one that is ("the October 1998 shooting death": the caller dates both). An -ing form
 * is read so only inside a noun phrase, after a determiner or a possessive ("the Oct. 23 killing"):
 * "found Thanksgiving Day clinging" is a participle; a comma only closing a full date after a
 * determiner ("its third quarter, citing" is a participle clause).
 * Returns the noun's position in `triggers`, or -1.
 */
export function prenominalEventOf(c: SentenceContext, triggers: readonly number[], from: number, to: number): number {
  const determined = afterDeterminer(c, from);
  let k = to + 1;
  const possessive = c.lower[k] === "'s" || c.lower[k] === '’s';
  // "the Aug. 7, 1998, bombings": the comma that closes a full date.
  if (possessive || (c.words[k] === ',' && determined && /^\d{4}$/.test(c.words[to]))) k++;
  for (let n = 0; n <= MAX_NOUN_MODIFIERS && k < c.tokens.length; n++, k++) {
    const t = firstIndex(triggers, (x) => x >= k);
    if (triggers[t] === k) {
      const noun = c.tags[k].startsWith('NN') || (c.tags[k] === 'VBG' && (determined || possessive));
      // "the October 1998 shooting death": an event noun on another that ends the phrase is the same event
      const next = triggers[t + 1] === k + 1 && c.tags[k + 1].startsWith('NN') && !(c.tags[k + 2] ?? '').startsWith('NN');
      return noun && (next || !(c.tags[k + 1] ?? '').startsWith('NN')) ? t : -1;
    }
    if (!NOUN_MODIFIER_TAGS.has(c.tags[k])) return -1;
  }
  return -1;
}

// Tags of a verb group's words after its first: auxiliaries, the verb, adverbs ("had not yet been told").
const GROUP_TAGS = new Set(['VB', 'VBD', 'VBG', 'VBN', 'VBZ', 'VBP', 'RB', 'MD']);
// Relative pronouns: the next finite verb group is the relative clause's ("officers who had been searching").
const RELATIVE_TAGS = new Set(['WDT', 'WP']);
// Tags that open an insertion between commas ("X, on a visit to Mexico, asked", "investigators,
// wondering how …, searched", "X, however, said"): what it holds is not the clause's main verb.
const INSERTION_TAGS = new Set(['IN', 'TO', 'VBG', 'VBN', 'RB', 'WRB']);
// How far after a fronted date the main verb of its clause may stand, in tokens.
const MAX_FRONTED_REACH = 40;

/**
 * Does the phrase starting at token `from` open the sentence or a clause after a comma and a
 * conjunction or after a semicolon, with at most conjunctions, adverbs and a preposition before it
 * ("But on April 8", "Also Friday", "…, but in March a judge ruled")?
 */
function opensSentence(c: SentenceContext, from: number): boolean {
  let k = from - 1;
  let conjunction = false;
  for (; k >= 0 && (c.tags[k] === 'CC' || c.tags[k] === 'RB' || c.tags[k] === 'IN'); k--) if (c.tags[k] === 'CC') conjunction = true;
  return k < 0 || c.words[k] === ';' || (conjunction && c.words[k] === ',') || closesFrontedClause(c, k);
}

// Words after a time expression that make what follows them the event it is counted from.
const COUNTED_FROM = new Set(['before', 'after', 'following', 'preceding']);

/**
 * The tokens [from, to] of the event a time expression ending at token `to` is counted from ("in
 * the weeks before Slepian was killed", "days after a sniper killed the doctor", "the day after
 * his death"), up to the next comma or hard break; or null. That event is the bound, not at the
 * time.
 */
export function countedFromSpan(c: SentenceContext, to: number): [number, number] | null {
  if (!COUNTED_FROM.has(c.lower[to + 1] ?? '')) return null;
  const breaks = hardBreaksBefore(c);
  let end = to + 2;
  while (end < c.tokens.length && c.words[end] !== ',' && breaks[end + 1] === breaks[to + 2]) end++;
  return end > to + 2 ? [to + 2, end - 1] : null;
}

/**
 * The main verb of the clause a time expression [from, to] opens the sentence with ("Last week,
 * the director, on a visit to Mexico, asked …", "On Monday, investigators, wondering how …,
 * searched …", "In January, officers who had been searching for him concluded …"): the first
 * finite verb group after it, past insertions between commas that open with a preposition, a
 * participle or an adverb, and past the verb group of a relative clause. The date places what
 * the clause tells, whatever the parse or word order hangs it on first. Returns the verb's position
 * in `triggers`, or -1 (a quotation mark, a dash or a bracket first, or a main verb that is no event).
 */
export function frontedMainVerbOf(c: SentenceContext, triggers: readonly number[], from: number, to: number): number {
  if (!opensSentence(c, from)) return -1;
  let relative = false;
  // "Days after Clinton tapped Kaine, the push … began": past the event it is counted from (a
  // bare unit only: "On Wednesday after the vote" is the vote's day too).
  const counted = from === to || (from + 1 === to && c.lower[from] === 'the') ? countedFromSpan(c, to) : null;
  if (counted && c.words[counted[1] + 1] !== ',') return -1;
  for (let k = counted ? counted[1] + 2 : to + 1; k < c.tokens.length && k <= to + MAX_FRONTED_REACH; k++) {
    if (HARD_BREAK.has(c.words[k])) return -1;
    if (c.words[k] === ',' && INSERTION_TAGS.has(c.tags[k + 1] ?? '')) {
      let end = k + 1;
      while (end < c.tokens.length && c.words[end] !== ',' && !HARD_BREAK.has(c.words[end])) end++;
      if (c.words[end] !== ',') return -1;
      k = end - 1;
      continue;
    }
    if (RELATIVE_TAGS.has(c.tags[k])) relative = true;
    // A past participle with no auxiliary may be a past tense the tagger missed ("Over the summer,
    // rivals offered discounts") or a reduced relative ("a man named Smith said"): no telling.
    if (c.tags[k] === 'VBN' && !relative && triggers[firstIndex(triggers, (x) => x >= k)] === k) return -1;
    if (!FINITE_TAGS.has(c.tags[k])) continue;
    // The group: the finite word and the auxiliaries, verbs and adverbs after it; its event, the
    // first trigger in it.
    let end = k;
    while (end + 1 < c.tokens.length && GROUP_TAGS.has(c.tags[end + 1])) end++;
    if (relative) {
      // "who shot and killed him": the relative clause's conjunct verb too.
      relative = c.tags[end + 1] === 'CC';
      k = end;
      continue;
    }
    const t = firstIndex(triggers, (x) => x >= k);
    return t < triggers.length && triggers[t] <= end && isVerbal(c, triggers[t]) ? t : -1;
  }
  return -1;
}

// Words that end the stretch a verb's list of conjuncts may run over: a new clause opens.
const CLAUSE_OPENERS = new Set(['WDT', 'WP', 'WRB', 'MD', 'TO']);

/**
 * The verbs listed after main verb trigger `m` of a clause, with its tense and no subject of their
 * own ("During the quarter, the company charged …, added $20 million to its reserves and
 * established a fund": the parse often hangs a list's later verbs on a noun before them): each
 * right after "and", "but", "or" or a comma. The stretch ends at a hard break, a relative or wh-word,
 * a modal, "to" ("paid for them to fly … and tour": the tagger's past tense for an infinitive),
 * "that", or a finite verb not so listed (another clause). Positions in `triggers`.
 */
export function listedVerbsAfter(c: SentenceContext, triggers: readonly number[], m: number): number[] {
  const v = triggers[m];
  const out: number[] = [];
  for (let k = v + 1; k < c.tokens.length && k <= v + MAX_FRONTED_REACH; k++) {
    if (HARD_BREAK.has(c.words[k]) || CLAUSE_OPENERS.has(c.tags[k]) || c.lower[k] === 'that') break;
    if (!FINITE_TAGS.has(c.tags[k])) continue;
    const listed = c.tags[k] === c.tags[v] && (c.words[k - 1] === ',' || c.tags[k - 1] === 'CC');
    const t = firstIndex(triggers, (x) => x >= k);
    if (!listed || triggers[t] !== k) break;
    out.push(t);
  }
  return out;
}
