// Which way an underspecified date points. News looks back: a bare "Tuesday" or "March" is the
// latest past one, unless the clause around it speaks of the future. Two kinds of evidence:
//   1. phrase cues before the expression ("will", "is scheduled", "plans to", "next"); they are
//      verb phrases, not bare words, so "announced the plan Aug. 21" stays in the past;
//   2. the tense of the verb that governs the expression, read from the part-of-speech tags:
//      "stepped down in March" (past), "meet separately Monday" (present: a plan, so future),
//      "could come as soon as Tuesday" (modal: future). The governing verb is the nearest verb
//      group before the expression in its clause, or, for a fronted date ("In January, the
//      company hired ..."), the first verb group after it.
// Only the clause is read, so "said Friday it will" keeps Friday in the past.

import type { Token } from '../article/article.js';
import { firstIndex } from '../article/search.js';
import { textAfter, textBefore, type ParsingContext } from './context.js';
import { testCompiledOnce } from './parser.js';

// Future cues. A participle that modifies a noun after its determiner ("the hastily planned trip")
// says nothing of when. A deadline ("has given them until 9 a.m. Tuesday", "extended its offer until Friday", "have
// until Monday") is set in the past or present for a day still ahead.
const FUTURE_CUE = /(?<![\p{L}])(?:will|['’]ll|shall|going\s+to|(?<!(?:the|a|an|its|his|her|their|our)\s+(?:\p{L}+ly\s+)?)(?:scheduled|planned)|plans?\s+to|planning|postponed\s+until|as\s+(?:soon|early)\s+as|(?:is|are)\s+due|due\s+to\s+(?:be|start|begin|open|close|expire|meet|vote|arrive|leave|end)|set\s+to|is\s+to|are\s+to|(?:is|are)\s+expected\s+to|next(?!\s+to(?![\p{L}]))|upcoming|coming|begins|starts|resumes|takes?\s+effect|payable|deadline|later\s+this|(?:gave|given|gives|give|granted|grants|extended|extends|delayed|adjourned|deferred|(?:has|have)(?:\s+\p{L}+)?)\s+(?:[\p{L}'’]+\s+){0,4}until)(?![\p{L}])/iu;
// the past perfect speaks of a plan that lay in the past ("had been scheduled to expire Friday")
const PAST_PERFECT = /(?<![\p{L}])had(?![\p{L}])/iu;
// (a colon inside a clock time, "2:30", breaks nothing)
const CLAUSE_BREAK = /[;!?]|:(?!\d)|,\s|\bbut\b|\band\b|\bwhich\b|\bwho\b|\bthat\b|\bsaid\b|\bsays\b/giu;

export type Direction = 'future' | 'past' | null;

/**
 * FUTURE_CUE and not PAST_PERFECT in `text`, each compiled on its first use straight to machine
 * code (testCompiledOnce): compiled to bytecode first and then again, their \p classes cost a
 * process ~4 ms instead of ~2.
 */
function saysFuture(text: string): boolean {
  return testCompiledOnce(FUTURE_CUE, text) && !testCompiledOnce(PAST_PERFECT, text);
}

function cueSaysFuture(ctx: ParsingContext, start: number): boolean {
  // wide enough for a long clause ('will be named commander of the Space Shuttle Columbia for a
  // mission in December'); the clause breaks below bound it
  let before = textBefore(ctx, start, 90);
  const offset = start - before.length;
  // keep only the clause the expression sits in; an "and"/"or" with no verb after it (and the
  // commas of its list) joins phrases, not clauses ("will double its flights between Australia
  // and India by August")
  const breaks = [...before.matchAll(CLAUSE_BREAK)].map((m) => ({ word: m[0], end: m.index + m[0].length }));
  let k = breaks.length - 1;
  let coordinated = false;
  while (k >= 0) {
    const joins = COORDINATOR.test(breaks[k].word) || (coordinated && breaks[k].word.startsWith(','));
    if (!joins || hasVerb(ctx, offset + breaks[k].end, start)) break;
    coordinated = true;
    k--;
  }
  before = before.slice(k >= 0 ? breaks[k].end : 0);
  return saysFuture(before);
}

/** Whether a verb (by its tag) starts in [from, to) of the sentence. */
function hasVerb(ctx: ParsingContext, from: number, to: number): boolean {
  const tags = ctx.tags?.();
  if (!tags) return true;
  const toks = ctx.sentence.tokens;
  for (let i = firstIndex(toks, (t) => t.start >= from); i < toks.length && toks[i].start < to; i++) if (VERB.test(tags[i])) return true;
  return false;
}

const VERB = /^(?:MD|VB|VBD|VBZ|VBP|VBN|VBG)$/;
// verbs of saying report an event; their own tense says nothing about the date they carry
// ("says Monday's vote was ..."), so a present-tense one is no sign of the future
const REPORTING = /^(?:says?|tells?|reports?|adds?|notes?|claims?|argues?|insists?|explains?|announces?|confirms?|believes?|thinks?)$/iu;
// "could" is also the past of "can" ("could not be reached Monday"), so it says nothing
const FUTURE_MODAL = /^(?:will|wo|shall|would|['’]ll|['’]d|can|may|might|must|should)$/iu;
const HAVE = /^(?:has|have|had|['’]ve|['’]s)$/iu;
const BE_PRESENT = /^(?:is|are|am|['’]re|['’]s)$/iu;
// words a clause boundary is made of; a verb beyond them governs another clause
const BOUNDARY = /^(?:[,;:()"“”«»]|--|—|–|that|which|who|when|while|because|after|before|since|if|but|said|says)$/iu;
const COORDINATOR = /^(?:and|or)$/iu;

/** The tense of a verb group (its words and tags, in text order). */
function tenseOf(words: readonly string[], tags: readonly string[]): Direction {
  const first = tags.findIndex((t) => VERB.test(t));
  if (first < 0) return null;
  const w0 = words[first];
  const t0 = tags[first];
  const rest = tags.slice(first + 1);
  if (t0 === 'MD') {
    // "could have come" looks back
    if (/^(?:have|['’]ve)$/iu.test(words[first + 1] ?? '') && rest.includes('VBN')) return 'past';
    return FUTURE_MODAL.test(w0) ? 'future' : null;
  }
  if (t0 === 'VBD') {
    // "was to meet" is a plan; everything else in the simple past looks back
    return 'past';
  }
  if (t0 === 'VBN') return 'past';
  if (t0 === 'VB' || t0 === 'VBG') return null; // an infinitive or a participle has no tense of its own
  // "had been set to expire Nov. 6": the date belongs to the infinitive, whose time is open
  if (tags.some((t, i) => t === 'TO' && tags[i + 1] === 'VB')) return null;
  if (t0 === 'VBZ' || t0 === 'VBP') {
    if (HAVE.test(w0) && rest.includes('VBN')) return 'past';
    if (BE_PRESENT.test(w0) && rest.includes('VBN')) return null; // a present passive: a state
    if (BE_PRESENT.test(w0) && rest.includes('VBG')) return 'future'; // "is meeting Monday"
    if (BE_PRESENT.test(w0) || HAVE.test(w0) || REPORTING.test(w0)) return null;
    return 'future'; // "meets Monday", "begin in March": the news present of a plan
  }
  return null;
}

/** The verb group ending at (or starting at) token i, scanning in one direction. */
function verbGroup(words: readonly string[], tags: readonly string[], i: number, step: 1 | -1): { words: string[]; tags: string[] } {
  const ws: string[] = [];
  const ts: string[] = [];
  let j = i;
  // adverbs ("separately", "not", "also") may sit inside the group
  while (j >= 0 && j < words.length && (VERB.test(tags[j]) || tags[j] === 'RB' || tags[j] === 'TO')) {
    if (step === -1) {
      ws.unshift(words[j]);
      ts.unshift(tags[j]);
    } else {
      ws.push(words[j]);
      ts.push(tags[j]);
    }
    j += step;
  }
  return { words: ws, tags: ts };
}

// Binary search and one word list per sentence: a sentence of thousands of dates ("Dec. 31 Dec.
// 31 …") rescanned and copied its tokens for each of them (50 s for 100 KB; issue 17).
function tokenIndexAt(ctx: ParsingContext, offset: number): number {
  return firstIndex(ctx.sentence.tokens, (t) => t.end > offset);
}

const WORDS = new WeakMap<readonly Token[], string[]>();
function wordsOf(toks: readonly Token[]): string[] {
  let words = WORDS.get(toks);
  if (!words) WORDS.set(toks, (words = toks.map((t) => t.text)));
  return words;
}

const NOT_ADVERBIAL_BEFORE = /^(?:the|a|an|its|his|her|their|our|this|that|these|those|to|until|till|by|through|before|ahead|of)$/iu;

/** The tense of the verb governing the expression at [start, end), or null when unclear. */
export function governingTense(ctx: ParsingContext, start: number, end: number): Direction {
  const tags = ctx.tags?.();
  if (!tags) return null;
  const toks = ctx.sentence.tokens;
  const words = wordsOf(toks);
  const first = tokenIndexAt(ctx, start);
  let last = tokenIndexAt(ctx, end - 1);
  // a date inside a noun phrase ("the Jan. 14 deadline", "Tuesday's ruling") or the target of a
  // preposition of limit ("extended to Nov. 20", "by Oct. 31") is not the time of the verb
  const before = first > 0 ? words[first - 1] : '';
  if (NOT_ADVERBIAL_BEFORE.test(before) || /^['’]s?$/u.test(words[last + 1] ?? '')) return null;
  // leftwards, inside the clause
  let coordinated = false;
  for (let i = first - 1; i >= 0 && first - i <= 10; i--) {
    // "and"/"or" with no verb between it and the date joins two phrases of one clause ("rose 5%
    // in 1988 and 7% in March"), and the commas before it are those of the list ("stepped down as
    // chairman, president and chief executive in March"): the verb before them governs both
    if (COORDINATOR.test(words[i])) {
      coordinated = true;
      continue;
    }
    if (coordinated && words[i] === ',') continue;
    if (BOUNDARY.test(words[i])) break;
    if (VERB.test(tags[i])) {
      const g = verbGroup(words, tags, i, -1);
      const rest = verbGroup(words, tags, i + 1, 1);
      const tense = tenseOf([...g.words, ...rest.words], [...g.tags, ...rest.tags]);
      // the news present of a plan sits right before its date ("meet separately Monday"); further
      // back, a present verb more likely belongs to something else (or is a mis-tagged noun)
      if (tense === 'future' && !g.tags.includes('MD') && first - i > 3) return null;
      return tense;
    }
  }
  // a fronted date: the verb after it ("In January, American Medical brought in ...")
  const fronted = first === 0 || (first === 1 && tags[0] === 'IN') || (first <= 2 && /^(?:In|On|By|Since|Last|Early|Late|Earlier|Later)$/u.test(words[0]));
  if (!fronted) return null;
  if (words[last + 1] === ',') last++;
  for (let i = last + 1; i < words.length && i - last <= 8; i++) {
    if (/^[;:]$/.test(words[i])) break;
    if (VERB.test(tags[i])) {
      const g = verbGroup(words, tags, i, 1);
      return tenseOf(g.words, g.tags);
    }
  }
  return null;
}

// a date that opens its sentence ("On Wednesday, the two are to meet ...")
const FRONTED = /^\s*(?:(?:on|in|by|from|since|until|early|late|later|earlier|last|next|this)\s+)?$/iu;

/** A future cue in the clause after a fronted date, which governs it as a cue before would. */
function cueAfterSaysFuture(ctx: ParsingContext, start: number, end: number): boolean {
  if (!FRONTED.test(textBefore(ctx, start, 20))) return false;
  const after = textAfter(ctx, end, 70).replace(/^\s*,/u, '');
  const clause = after.slice(0, after.search(/[;:!?]|,\s|\bbut\b|\bwhich\b|\bsaid\b|$/u) + 1 || after.length);
  return saysFuture(clause);
}

/** Which way the expression at [start, end) points: a future cue or tense, a past tense, or neither. */
export function directionOf(ctx: ParsingContext, start: number, end: number): Direction {
  if (cueSaysFuture(ctx, start)) return 'future';
  return governingTense(ctx, start, end) ?? (cueAfterSaysFuture(ctx, start, end) ? 'future' : null);
}

export function pointsToFuture(ctx: ParsingContext, start: number, end = start + 1): boolean {
  return directionOf(ctx, start, end) === 'future';
}
