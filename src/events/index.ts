// TimeML events with their arguments, sentence by sentence: the trigger classifier labels tokens
// (recognize.ts), then rules read who and to whom (arguments.ts), when and where (anchors.ts) and
// how (modality.ts) from the sentence and from the entities and dates found before.

import type { Article } from '../article/article.js';
import { isCountedUnit } from '../dates/parsers/event-relative.js';
import { mapPacked } from '../model/packed.js';
import { articleTags } from '../model/pos.js';
import type { DateExpression, Entity, EventClass, Modality, NewsEvent, Quote } from '../types.js';
import { afterDeterminer, attachmentOf, countedFromSpan, frontedClauseEnd, frontedMainVerbOf, goalVerbOf, isComparedDate, isComparedFigure, listedVerbsAfter, prenominalEventOf, tokenRange, whenClauseVerbOf } from './anchors.js';
import { groupStart, isVerbal, nounArguments, verbArguments, type Arguments } from './arguments.js';
import { mentionIndex, quotedRegions, quoteVoices, sentenceContext, signedVoices, type SentenceContext } from './context.js';
import { taggedSentence } from './features.js';
import { clauseArguments, nounReadVerb } from './clause-arguments.js';
import { compoundPlace, nounPhraseArguments } from './noun-arguments.js';
import { MAX_PARSED_TOKENS, parseOf } from '../syntax/sentence-parse.js';
import type { Parse } from '../syntax/parser.js';
import { dependentsOf, subtreeSpan } from '../syntax/tree.js';
import { eventLexicon } from './lexicon.js';
import { isNegated, modalityOf, sentenceReported } from './modality.js';
import { endSentence, focusType, newFocus, noteSayers, updateFocus, type Focus } from './participants.js';
import { phraseStartingBefore } from './phrases.js';
import { classesModel, eventsModel, predictLabels } from './recognize.js';
import { periodStart } from './timeline.js';

export { timelineOf } from './timeline.js';

// Verb forms that have no subject of their own when nothing precedes them: infinitives,
// participles ("promising never to put", "Writing on Instagram …, Vučić said").
const NON_FINITE = new Set(['VB', 'VBG', 'VBN']);
const PAST = new Set(['VBD', 'VBN']);
const FINITE = new Set(['VBD', 'VBZ', 'VBP']);
// Dependents that give a noun conjunct a phrase of its own ("by the drop", "its losses").
const OWN_NOUN_PHRASE = new Set(['det', 'case', 'nmod:poss']);
// MAX_PARSED_TOKENS (src/syntax/sentence-parse.ts), the longest "sentence" the parser reads. Past it a span of text is no sentence but a
// list, a table or text whose sentence ends were not found ("… in Paris on Monday. he met …"
// repeated: 25,000 tokens), where a greedy parse trained on sentences (EWT's longest: 159 words)
// is noise and costs as much as a whole article of real sentences; the word-order rules, which
// already fill what a parse leaves empty, read its arguments. The corpora's longest sentence is
// 123 tokens (TBAQ; CoNLL 109, PolNeAR 115, GUM 93): none reaches it.

/** TimeML event mentions with their arguments, sorted by trigger start. */
export function findEvents(article: Article, entities: Entity[], dates: DateExpression[], quotes: readonly Quote[] = []): NewsEvent[] {
  if (!article.sentences.length) return [];
  const model = eventsModel();
  const classes = classesModel();
  const tags = articleTags(article);
  const mentions = mentionIndex(entities);
  const quoted = quotedRegions(article);
  // A quotation's own voice first: coverTokens gives each token the first voice covering it.
  const voices = [...quoteVoices(quotes, entities, article.text), ...signedVoices(article.paragraphs, entities, article.text)].sort((a, b) => a.start - b.start);
  const focus = newFocus(article, entities, quoted);
  const types = new Map(entities.map((e) => [e.name, focusType(focus, e)] as const));
  // A duration ("for two years") or a set ("every week") does not place an event in time; a period
  // up to now or from now after "in" does ("have fallen in the last few months").
  const anchors = dates.filter((d) => d.type === 'DATE' || d.type === 'TIME' || isPlacingPeriod(article.text, d)).sort((a, b) => a.start - b.start);
  const timexes = [...dates].sort((a, b) => a.start - b.start);
  const out: NewsEvent[] = [];
  let d = 0;
  article.sentences.forEach((sentence, si) => {
    focus.sentence = si;
    const tagged = taggedSentence(
      mapPacked(sentence.tokens, (t) => t.text),
      tags[si],
    );
    const labels = predictLabels(model, tagged, classes);
    const c = sentenceContext(article, sentence, tagged, labels, mentions, quoted, timexes, voices);
    while (d < anchors.length && anchors[d].end <= sentence.start) d++;
    const sentenceDates: DateExpression[] = [];
    for (let k = d; k < anchors.length && anchors[k].start < sentence.end; k++) sentenceDates.push(anchors[k]);
    out.push(...sentenceEvents(c, sentenceDates, focus, types, article.referenceDate, () => parseOf(article, si)));
    endSentence(focus, c);
  });
  return out;
}

// A period that runs up to the text's time or from it: "the last few months", "recent days", "the
// coming weeks", "the next two years".
const PLACING_PERIOD = /^(?:the\s+)?(?:last|past|recent|coming|next)\b/i;

/**
 * Is the duration d such a period after "in" ("have fallen in the last few months", "were killed
 * in recent days", "expects the economy to slow in coming months")? It places what happens within
 * it, as a date does (TimeBank types these DATE about as often as DURATION). Not "for the past two
 * years" or "over the past week", which tell how long.
 */
function isPlacingPeriod(text: string, d: DateExpression): boolean {
  return d.type === 'DURATION' && PLACING_PERIOD.test(d.text) && /\bin\s+$/i.test(text.slice(Math.max(0, d.start - 4), d.start));
}

function sentenceEvents(
  c: SentenceContext,
  dates: readonly DateExpression[],
  focus: Focus,
  types: ReadonlyMap<string, Entity['type']>,
  referenceDate: string | null,
  parse: () => Parse,
): NewsEvent[] {
  const triggers: number[] = [];
  c.labels.forEach((l, i) => {
    if (l !== 'O') triggers.push(i);
  });
  if (!triggers.length) return [];
  // Only sentences with an event are parsed, and only sentences (see MAX_PARSED_TOKENS).
  const p = c.tokens.length <= MAX_PARSED_TOKENS ? parse() : null;
  const args: Arguments[] = [];
  for (const i of triggers) {
    const a = isVerbal(c, i) || (p !== null && (hasClauseArguments(p, i) || nounReadVerb(c, p, i))) ? verbArgumentsOf(c, p, i, focus) : nounArgumentsOf(c, p, i, focus);
    args.push(a);
    updateFocus(focus, a.actors, types);
    noteSayers(c, i, a.actors, focus, types);
  }
  inheritActors(c, p, triggers, args);

  const when: (DateExpression | null)[] = triggers.map(() => null);
  // "the Oct. 23 killing", "Saturday's debate": a date inside an event noun's phrase is its own,
  // before any verb the parse hangs the date on passes its date down to the noun.
  const ranges = dates.map((date) => tokenRange(c, date.start, date.end));
  // "said the Aug. 7 explosion destroyed …": a date after a determiner, inside an event noun's
  // phrase, is the noun's; a reporting verb before the phrase is not at it.
  const inNounPhrase: boolean[] = dates.map(() => false);
  dates.forEach((date, d) => {
    const r = ranges[d];
    const n = r ? prenominalEventOf(c, triggers, r[0], r[1]) : -1;
    if (n >= 0) when[n] = date;
    if (n >= 0 && afterDeterminer(c, r![0])) inNounPhrase[d] = true;
    // "the October 1998 shooting death": and the event noun it modifies
    if (n >= 0 && triggers[n + 1] === triggers[n] + 1 && c.tags[triggers[n] + 1].startsWith('NN')) when[n + 1] = date;
  });
  const fronted = frontedClauseEnd(c);
  for (let d = 0; d < dates.length; d++) {
    const date = dates[d];
    const r = ranges[d];
    if (!r || isComparedDate(c, r[0])) continue;
    // "their current names", "the current system": an adjective that says a thing is the present
    // one dates no event but a noun event it modifies ("Blair's current visit", set above).
    if (p && isPresentAdjective(c, p, date, r) && !triggers.includes(p.heads[r[0]])) continue;
    // The parse's attachment, and the event noun right before the phrase as word order reads it:
    // "the commemorations on May 9" dates the commemorations whatever verb the parse hangs it on.
    const byWords = attachmentOf(c, triggers, r[0], r[1]);
    let t = parsedAttachment(p, triggers, r[0], r[1]) ?? byWords;
    // "X closed it Thursday night, a spokesman said": a reporting verb after the clause is no
    // event of its date; the clause it reports is.
    if (p && t >= 0 && reportsClauseBefore(c, triggers[t], r[1])) t = reportedVerbOf(p, triggers, triggers[t], r[0]) ?? byWords;
    // "said net income for the third quarter fell 6%": the date of the reported clause's subject,
    // which the parse took for the reporting verb's object, is the clause verb's.
    // The reporting verb the phrase follows ("reported third-quarter profit jumped") is not dated
    // by it either.
    // "claims that she was working from 7:00am to midnight", "disclosed that before X scrapped its
    // business this past spring": a date after the verb of the clause a reporting verb reports,
    // with no comma between, is that clause's, wherever the parse hangs it.
    if (p && t >= 0 && c.labels[triggers[t]] === 'REPORTING') t = reportedVerbBefore(c, p, triggers, triggers[t], r[0]) ?? t;
    // "expects to achieve record earnings in 1990", "hopes to control 5% of the market by 1992": a
    // date after a verb's infinitive (xcomp), with no comma between, is the infinitive's first,
    // wherever the parse hangs it; shareDates passes it up to the verb unless it is later than the
    // text (an intention is not at the date of what it intends).
    if (p && t >= 0) t = infinitiveBefore(c, p, triggers, t, r[0]);
    // "tomorrow he plans to meet the dignitaries", "Next year's competition is scheduled to take
    // place in Mexico City": a date later than the text's own, hung on a verb with an infinitive,
    // is the infinitive's; the plan is now.
    if (p && t >= 0 && isLater(date, referenceDate)) t = intendedInfinitiveOf(c, p, triggers, t);
    // "While there was no profit this year …, last year they contributed": a date inside a
    // contrasting clause that opens the sentence is that clause's, not the main clause's.
    if (t >= 0 && fronted >= 0 && r[1] < fronted && triggers[t] > fronted) t = byWords >= 0 && triggers[byWords] < fronted ? byWords : -1;
    const subjectVerb = p && t >= 0 && c.labels[triggers[t]] === 'REPORTING' ? reportedSubjectVerbOf(c, p, triggers, triggers[t], r[0], r[1]) : null;
    if (subjectVerb !== null) t = subjectVerb;
    // "rose to $5.8 million from $4 million a year earlier": the date is the compared figure's; it
    // dates no verb, only an event noun ("compared with a loss of $195 million in the 1988 period")
    // and a when clause after it.
    const figure = isComparedFigure(c, r[0]);
    const reportsPhrase = (k: number): boolean => inNounPhrase[d] && k >= 0 && c.labels[triggers[k]] === 'REPORTING';
    if (reportsPhrase(t)) t = -1;
    if (t >= 0 && !when[t] && !(figure && isVerbal(c, triggers[t]))) when[t] = date;
    // "issued a joint statement Friday saying", "filed a brief in federal court on Monday
    // arguing": a date the parse hangs on a participle after it, between the participle and the
    // noun it modifies, dates the noun and the verb that takes the noun.
    if (p && t >= 0) for (const k of participleNounOf(c, p, triggers, triggers[t], r[0], r[1])) if (!when[k]) when[k] = date;
    if (byWords >= 0 && byWords !== t && !isVerbal(c, triggers[byWords]) && triggers[byWords] < r[0] && !when[byWords]) when[byWords] = date;
    // "said Friday that they found", "told a news conference on Tuesday": a verb the phrase follows
    // right away (or after its preposition) is dated by it, wherever the parse hangs the phrase.
    else if (!reportsPhrase(byWords) && !figure && subjectVerb === null && byWords >= 0 && byWords !== t && isVerbal(c, triggers[byWords]) && followsRightAfter(c, triggers[byWords], r[0], r[1]) && !when[byWords]) when[byWords] = date;
    // "in November, when he was called": the clause happened then, wherever the parse hangs it.
    const w = whenClauseVerbOf(c, triggers, r[1]);
    if (w >= 0 && !when[w]) when[w] = date;
  }
  // "Last week, the director, on a visit to Mexico, asked …": a date that opens the sentence places
  // its main clause, wherever the parse hangs it; after every date has found its own events, so a
  // verb's own date comes first. A later date goes to the verb's infinitive, as above ("Next year's
  // competition is scheduled to take place": the plan is now).
  dates.forEach((date, d) => {
    const r = ranges[d];
    if (!r || isComparedDate(c, r[0]) || isComparedFigure(c, r[0])) return;
    let m = frontedMainVerbOf(c, triggers, r[0], r[1]);
    if (m >= 0 && p && isLater(date, referenceDate)) m = intendedInfinitiveOf(c, p, triggers, m);
    if (m >= 0 && !when[m]) when[m] = date;
    // "During the quarter, the company charged …, added … and established …": and the verbs listed after it.
    if (m >= 0 && when[m] === date) for (const k of listedVerbsAfter(c, triggers, m)) when[k] ??= date;
  });
  triggers.forEach((i, t) => {
    const v = when[t] ? goalVerbOf(c, triggers, i) : -1;
    if (v >= 0 && !when[v]) when[v] = when[t];
  });
  // "spotted in the weeks before Slepian was killed": the event a date is counted from (a bare unit,
  // src/dates/parsers/event-relative.ts) is not at it,
  // whatever the parse or word order hang the date on, nor what it passes its date on to.
  const countedFrom = dates.map((date, d) => (ranges[d] && isCountedUnit(date.text) ? countedFromSpan(c, ranges[d]![1]) : null));
  const counting = countedFrom.some((x) => x !== null);
  const unbound = (): void => {
    if (!counting) return;
    triggers.forEach((i, t) => {
      const d = when[t] ? dates.indexOf(when[t]!) : -1;
      const span = d >= 0 ? countedFrom[d] : null;
      if (span && span[0] <= i && i <= span[1]) when[t] = null;
    });
  };
  unbound();
  shareDates(c, p, triggers, when, referenceDate);
  if (p) purposeDates(c, p, triggers, when);
  unbound();
  const where = placesOf(c, triggers);
  // "the Gaza strike": a place named before an event noun is where it happens.
  if (p) triggers.forEach((i, t) => (where[t] ??= isVerbal(c, i) ? null : compoundPlace(c, p, i)));

  const modality: Modality[] = [];
  const reportedSentence = sentenceReported(c);
  let reporting = -1;
  return triggers.map((i, t) => {
    const from = isVerbal(c, i) ? groupStart(c, i) : phraseStartingBefore(c, i);
    const date = when[t];
    const start = date ? periodStart(date) : null;
    const governor = isVerbal(c, i) && c.lower.slice(from, i).includes('to') && t > 0 && triggers[t - 1] >= from - 3 ? modality[t - 1] : null;
    const m = modalityOf(c, from, i, {
      reportedSentence,
      // A past-tense verb is reported as done whatever its date says ("spoke on Monday" in a text
      // whose own date is earlier is a dating slip, not a plan).
      futureDate: start !== null && referenceDate !== null && start.slice(0, 10) > referenceDate && !PAST.has(c.tags[i]),
      afterReporting: reporting >= 0 && isVerbal(c, i),
      governor,
    });
    modality.push(m);
    if (c.labels[i] === 'REPORTING' && reporting < 0) reporting = i;
    const tok = c.tokens[i];
    return {
      trigger: { start: tok.start, end: tok.end, text: tok.text },
      class: c.labels[i] as EventClass,
      sentence: { start: c.sentence.start, end: c.sentence.end },
      actors: args[t].actors,
      targets: args[t].targets,
      date: date ? { text: date.text, start: date.start, end: date.end, type: date.type, value: date.value, range: date.range } : null,
      place: where[t],
      negated: isNegated(c, from, i),
      modality: m,
    };
  });
}

/**
 * The parse's arguments of a verb (clause-arguments.ts); where it finds no actor or no target,
 * the word-order rules' (verbArguments): on GUM news they add 3 points of actor and target
 * accuracy for 1 point of precision. Not where the parse shows the slot and it stays unnamed
 * (actorSeen, targetSeen).
 */
function verbArgumentsOf(c: SentenceContext, p: Parse | null, i: number, focus: Focus): Arguments {
  if (!p) return verbArguments(c, i, focus);
  const a = clauseArguments(c, p, i, focus);
  if (!a.actors.length || !a.targets.length) {
    const b = verbArguments(c, i, focus);
    if (!a.actors.length && !a.actorSeen) a.actors = b.actors.filter((x) => !a.targets.includes(x));
    if (!a.targets.length && !a.targetSeen) a.targets = b.targets.filter((x) => !a.actors.includes(x));
  }
  return a;
}

/**
 * The parse's arguments of an event noun (noun-arguments.ts); where it shows no actor (no target)
 * slot, the word-order rules' (nounArguments: names modifying the noun, a light verb's subject).
 */
function nounArgumentsOf(c: SentenceContext, p: Parse | null, i: number, focus: Focus): Arguments {
  const b = nounArguments(c, i, focus);
  if (!p) return b;
  const a = nounPhraseArguments(c, p, i, focus);
  const place = compoundPlace(c, p, i);
  if (!a.actors.length && !a.actorSeen) a.actors = b.actors.filter((x) => !a.targets.includes(x) && x !== place);
  if (!a.targets.length && !a.targetSeen) a.targets = b.targets.filter((x) => !a.actors.includes(x));
  return a;
}

/** Is the date at tokens r a single adjective meaning now ("current") on a noun? */
function isPresentAdjective(c: SentenceContext, p: Parse, date: DateExpression, r: readonly [number, number]): boolean {
  return r[0] === r[1] && c.tags[r[0]] === 'JJ' && date.value === 'PRESENT_REF' && p.heads[r[0]] >= 0 && c.tags[p.heads[r[0]]].startsWith('NN');
}

// Adverbs between a verb and its date ("said here Friday", "closed sharply lower Friday").
const MAX_ADVERBS = 2;
const ADVERB_TAGS = new Set(['RB', 'RBR', 'JJR']);
// Words tagged IN that open a clause rather than a phrase of the verb.
const COMPLEMENTIZERS = new Set(['that', 'whether', 'if', 'because']);

/**
 * Is the date [at, to] right after verb `v`, after at most two adverbs and one preposition ("said
 * Friday", "met on Monday", "said here Friday")? Not an adjective date on the noun after it ("were
 * depressed initially by overnight losses"), nor a date after "that", which opens a clause
 * ("noted that last year the aide invoked", "reported that third-quarter profit grew").
 */
function followsRightAfter(c: SentenceContext, v: number, at: number, to: number): boolean {
  if (c.tags[to] === 'JJ' && (c.tags[to + 1] ?? '').startsWith('NN')) return false;
  let k = at - 1;
  if (c.tags[k] === 'IN' && !COMPLEMENTIZERS.has(c.lower[k])) k--;
  for (let n = 0; n < MAX_ADVERBS && k > v && ADVERB_TAGS.has(c.tags[k]); n++) k--;
  return k === v;
}

// Prepositions of an event noun an event happens within ("killed in an attack", "found during a search").
const WITHIN = new Set(['in', 'during', 'at', 'on']);

/** Does noun i have in, during, at or on for its preposition ("in an attack", "at the summit")? */
function happensWithin(c: SentenceContext, p: Parse, i: number): boolean {
  return dependentsOf(p)[i].some((k) => p.labels[k] === 'case' && WITHIN.has(c.lower[k]));
}

// Prepositions before a date that bound an event rather than place it ("by August", "until March").
const BOUNDING = new Set(['by', 'until', 'till', 'since', 'before', 'after', 'through', 'from', 'than']);

/**
 * Does the date at tokens r bound its event rather than place it ("has held rallies since Labor
 * Day", "will double by August in the search for markets")? What the verb names need not be at
 * a bound.
 */
function bounds(c: SentenceContext, r: readonly [number, number] | null): boolean {
  return r !== null && r[0] > 0 && BOUNDING.has(c.lower[r[0] - 1]);
}

// Subordinators of a clause that happens at the time of the clause it modifies ("was shot on
// Friday as he stood", "perished when their boat sank in late November").
const SIMULTANEOUS = new Set(['when', 'as', 'while']);

function isSimultaneousClause(c: SentenceContext, p: Parse, i: number): boolean {
  return dependentsOf(p)[i].some((k) => k < i && (p.labels[k] === 'mark' || p.labels[k] === 'advmod') && SIMULTANEOUS.has(c.lower[k]));
}

/**
 * Is verb i an "after" clause ("became less important after X announced Wednesday")? The clause's
 * first word is "after", whatever the parse hangs it on ("after the storm damaged": often a case
 * of the subject).
 */
function isAfterClause(c: SentenceContext, p: Parse, i: number): boolean {
  if (p.labels[i] !== 'advcl') return false;
  return dependentsOf(p)[i].some((k) => k < i && p.labels[k] === 'mark' && c.lower[k] === 'after') || c.lower[subtreeSpan(dependentsOf(p), i, () => false)[0]] === 'after';
}

// A present or present perfect is not at the date of what it follows: "the report comes after the
// two sides exchanged fire yesterday" is today's, "worries have dogged her after she collapsed
// earlier this month" run since.
const PRESENT = new Set(['VBZ', 'VBP']);
const PRESENT_HAVE = new Set(['has', 'have', "'ve", '’ve']);

function isPresent(c: SentenceContext, p: Parse, v: number): boolean {
  return PRESENT.has(c.tags[v]) || dependentsOf(p)[v].some((k) => p.labels[k] === 'aux' && PRESENT_HAVE.has(c.lower[k]));
}

/** Is noun i the subject of the passive verb v ("the talks were held": nsubj:pass, or nsubj beside a passive auxiliary)? */
function isPassiveSubject(p: Parse, i: number, v: number): boolean {
  return p.labels[i] === 'nsubj:pass' || (p.labels[i] === 'nsubj' && dependentsOf(p)[v].some((k) => p.labels[k] === 'aux:pass'));
}

/** Is verb v a light verb, its object noun the event ("held talks", "carried out raids")? */
function isLightVerb(c: SentenceContext, p: Parse, v: number): boolean {
  if (eventLexicon().words.light.has(c.lower[v])) return true;
  return /^carr(y|ies|ied|ying)$/.test(c.lower[v]) && dependentsOf(p)[v].some((k) => p.labels[k] === 'compound:prt' && c.lower[k] === 'out');
}

/** The date among those given to events that covers token k (a word of the date phrase), or null. */
function dateAround(c: SentenceContext, when: readonly (DateExpression | null)[], k: number): DateExpression | null {
  const tok = c.tokens[k];
  return when.find((x) => x !== null && x.start <= tok.start && tok.end <= x.end) ?? null;
}

/** Does the date begin after the text's own date? */
function isLater(date: DateExpression, referenceDate: string | null): boolean {
  const start = periodStart(date);
  return start !== null && referenceDate !== null && start.slice(0, 10) > referenceDate;
}

/**
 * A verb with no date of its own takes the date of the verb it is coordinated with, of the verb
 * its participle clause hangs on, or of the aspectual verb it complements ("Last week, fighters
 * killed three soldiers and wounded six"; "arrived on Monday, hoping to mediate"; "began Thursday
 * delving into"): its clause is the other verb's (not a conjunct with a modal of its own after one
 * without: "cleared the move yesterday, and the banks must wait 30 days"). A reported clause in the present holds when it
 * is reported ("said Friday authorities are pursuing 400 tips"); one in the past or the future
 * ("said Thursday that troops will remain") and an intended event ("promised on Monday to return")
 * keep none. Upward, a verb
 * takes the date of the infinitive or participle it governs ("declined to comment Saturday",
 * "began trading this summer", "was found clinging to an inner tube Nov. 25"), unless that date
 * is after the text's own: "promised to build a bridge next spring" was promised before it. A
 * when, as or while clause and the clause it modifies share their date both ways ("was shot on
 * Friday as he stood"; "perished when their boat sank in late November"); a clause dated by what
 * it followed takes the date of its "after" clause ("became less important after Castro announced
 * Wednesday"), unless it is in the present or present perfect ("the report comes after …
 * yesterday" is today's).
 */
function shareDates(c: SentenceContext, p: Parse | null, triggers: readonly number[], when: (DateExpression | null)[], referenceDate: string | null): void {
  if (!p) return;
  const at = new Map(triggers.map((i, t) => [i, t] as const));
  // Heads come before their dependents in no fixed order: a few passes settle chains, up first.
  for (let pass = 0; pass < 2; pass++) {
    triggers.forEach((i, t) => {
      const h = at.get(p.heads[i]) ?? -1;
      if (!when[t] || h < 0 || when[h] || !isVerbal(c, i) || !isVerbal(c, triggers[h])) return;
      // "weren't available to comment late yesterday": an adjective's "to" infinitive, as a verb's.
      const infinitive = p.labels[i] === 'xcomp' || (p.labels[i] === 'advcl' && c.tags[i] === 'VB' && c.tags[triggers[h]] === 'JJ' && dependentsOf(p)[triggers[h]].some((k) => p.labels[k] === 'cop'));
      if ((infinitive && NON_FINITE.has(c.tags[i]) && !isLater(when[t]!, referenceDate)) || (p.labels[i] === 'advcl' && isSimultaneousClause(c, p, i))) when[h] = when[t];
      // "became less important after Castro announced Wednesday", "was placed in his care after
      // being found last Thanksgiving": news tells what followed a dated event at its date.
      else if (isAfterClause(c, p, i) && !isPresent(c, p, triggers[h])) when[h] = when[t];
    });
    // "said the Aug. 7 explosion destroyed three houses", "last month's discovery represented a
    // breakthrough": an event noun dated inside its own phrase that is the subject of a past verb
    // did it then.
    triggers.forEach((i, t) => {
      const h = at.get(p.heads[i]) ?? -1;
      if (!when[t] || h < 0 || when[h] || isVerbal(c, i) || p.labels[i] !== 'nsubj' || !datesSubjectVerb(c, p, triggers[h])) return;
      const r = tokenRange(c, when[t]!.start, when[t]!.end);
      // Right after the noun or a comma that closes its phrase: "the discovery of a rifle buried
      // near the house" is the tagger's past tense for a participle on another noun.
      const v = triggers[h];
      if (r && r[1] < i && i < v && (v === i + 1 || c.words[v - 1] === ',') && prenominalEventOf(c, triggers, r[0], r[1]) === t) when[h] = when[t];
    });
    // "rose 50 cents to close at $20 in trading yesterday": the close is the move's end, at its
    // date, both ways.
    triggers.forEach((i, t) => {
      const h = endsAt(c, p, at, i);
      if (h >= 0 && when[t] && !when[h]) when[h] = when[t];
      else if (h >= 0 && when[h] && !when[t]) when[t] = when[h];
    });
    // "were killed in a car bomb attack on Friday", "said in a telephone interview Monday": the
    // verb happens in the event its oblique names, so at its date.
    triggers.forEach((i, t) => {
      const h = at.get(p.heads[i]) ?? -1;
      if (!when[t] || h < 0 || when[h] || isVerbal(c, i) || !isVerbal(c, triggers[h]) || p.labels[i] !== 'obl') return;
      if (happensWithin(c, p, i)) when[h] = when[t];
    });
    // "said in a letter published Wednesday", "In a poll completed on Saturday, 69 percent said":
    // a verb happens in the letter or poll its oblique names, so at the date of the participle that
    // dates it.
    triggers.forEach((i, t) => {
      const n = p.heads[i];
      if (!when[t] || p.labels[i] !== 'acl' || c.tags[i] !== 'VBN' || n < 0 || at.has(n) || p.labels[n] !== 'obl') return;
      const h = at.get(p.heads[n]) ?? -1;
      if (h < 0 || when[h] || !isVerbal(c, triggers[h])) return;
      if (happensWithin(c, p, n)) when[h] = when[t];
    });
    // "told a news conference on Tuesday", "launched the offer on Sept. 26": a date right after
    // the event noun a verb takes (or after its on or at) dates the verb too, an object or an
    // oblique ("was expelled from peace talks on Feb. 20", "led to a verdict this week"). Not one
    // further on: "condemned the invasion of Kuwait on Aug. 2" is the invasion's.
    triggers.forEach((i, t) => {
      const h = at.get(p.heads[i]) ?? -1;
      if (!when[t] || h < 0 || when[h] || isVerbal(c, i) || !isVerbal(c, triggers[h]) || (p.labels[i] !== 'obj' && p.labels[i] !== 'obl') || triggers[h] > i) return;
      const r = tokenRange(c, when[t]!.start, when[t]!.end);
      if (r && (r[0] === i + 1 || (r[0] === i + 2 && (c.lower[i + 1] === 'on' || c.lower[i + 1] === 'at')))) when[h] = when[t];
    });
  }
  for (let pass = 0; pass < 2; pass++) {
    triggers.forEach((i, t) => {
      if (when[t]) return;
      const h = at.get(p.heads[i]) ?? -1;
      // "will join NATO on March 12 in a ceremony", "In July 1997, at a summit in Madrid": an event
      // noun the parse hangs on a date's own words, with in, during, at or on, is at that date.
      if (h < 0 && !isVerbal(c, i) && p.heads[i] >= 0 && happensWithin(c, p, i)) {
        const d = dateAround(c, when, p.heads[i]);
        if (d && !bounds(c, tokenRange(c, d.start, d.end))) when[t] = d;
        return;
      }
      // "a strike that began last spring", "the revolution that brought Castro to power 42 years
      // ago": an event noun that is the subject of the relative clause right after it happens at
      // the clause's date.
      if (!isVerbal(c, i)) {
        const k = relativeOfSubject(c, p, i);
        const d = k >= 0 ? at.get(k) : undefined;
        if (d !== undefined && when[d]) {
          when[t] = when[d];
          return;
        }
      }
      // "A woman who was watching her clothes dry was killed Thursday evening": a relative clause in
      // the past progressive on a dated verb's subject or object was going on at its date.
      if (h < 0 && isVerbal(c, i) && p.labels[i] === 'acl:relcl' && isPastProgressive(c, p, i)) {
        const n = p.heads[i];
        const v = n >= 0 && ARGUMENT_OF_VERB.has(p.labels[n]) ? (at.get(p.heads[n]) ?? -1) : -1;
        if (v >= 0 && when[v] && isVerbal(c, triggers[v]) && PAST.has(c.tags[triggers[v]])) when[t] = when[v];
        return;
      }
      if (h < 0 || !when[h]) return;
      const rel = p.labels[i];
      if (!isVerbal(c, triggers[h])) {
        // "the 1996 bombing that killed one person", "a ceremony held in Missouri": a clause that
        // tells what happened in a dated event happened then.
        if (isVerbal(c, i) && describesEvent(c, p, i)) when[t] = when[h];
        // "U.S. forces Thursday launched cruise missile strikes", "resumed work in Iraq Friday": a
        // finite verb the parse hung on a dated event noun as its modifier is the noun's verb.
        else if (isVerbal(c, i) && (rel === 'amod' || rel === 'compound') && FINITE.has(c.tags[i])) when[t] = when[h];
        // "Friday's offerings and pricings": a noun conjunct with no determiner, case or possessor
        // of its own shares the first one's; not "by overnight losses … and by the drop in sterling".
        else if (!isVerbal(c, i) && rel === 'conj' && !dependentsOf(p)[i].some((k) => OWN_NOUN_PHRASE.has(p.labels[k]))) when[t] = when[h];
        return;
      }
      if (isVerbal(c, i)) {
        // An infinitive after "promised", "hoped" is a later event; after "began", "kept" the same
        // one, and after "tried", "sought" what the attempt is made in doing; an -ing form after
        // "found", "stood" what was going on then.
        // "was found guilty Friday", "was declared dead at 10 p.m.": a predicate adjective holds from then.
        const complement =
          (rel === 'xcomp' && c.tags[i].startsWith('JJ') && eventLexicon().words.linking.has(c.lower[triggers[h]])) ||
          (rel === 'xcomp' &&
          (c.labels[triggers[h]] === 'ASPECTUAL' || (attemptOf(c, p, i, triggers[h]) && !bounds(c, tokenRange(c, when[h]!.start, when[h]!.end))) || (c.tags[i] === 'VBG' && eventLexicon().words.ongoing.has(c.lower[triggers[h]]))));
        const participle = rel === 'advcl' && (c.tags[i] === 'VBG' || c.tags[i] === 'VBN');
        const reportedNow = rel === 'ccomp' && c.labels[triggers[h]] === 'REPORTING' && holdsWhenReported(c, p, i);
        // Not a conjunct with a modal of its own after one without ("issued a statement Friday
        // saying the accord will consolidate security": the parse's conj; "cleared the move
        // yesterday, and the banks must wait 30 days"), nor a present after a past ("recently took
        // 13 percent of the vote …, and hopes to win").
        // "concluded on Wednesday after the Netherlands gave its go-ahead", "was killed Friday after
        // his vehicle came to a stop": a past "after" clause with no date of its own happened at the
        // date of what followed it (news tells the two together; one with its own date keeps it).
        const modalConjunct = rel === 'conj' && ((hasModal(c, p, i) && !hasModal(c, p, triggers[h])) || (PRESENT.has(c.tags[i]) && PAST.has(c.tags[triggers[h]])));
        if ((rel === 'conj' && !modalConjunct) || complement || participle || reportedNow || (rel === 'advcl' && isSimultaneousClause(c, p, i)) || (isAfterClause(c, p, i) && PAST.has(c.tags[i]))) when[t] = when[h];
        return;
      }
      // "attended a summit in Oslo from 4 to 6 June": the event noun the verb takes, between the
      // verb and its date, is dated with it.
      const r = tokenRange(c, when[h]!.start, when[h]!.end);
      // A fronted date does the same for the verb's oblique ("In 2007, she left after a
      // confrontation with the crew").
      if ((rel === 'obj' || rel === 'obl') && r && triggers[h] < i && i < r[0]) when[t] = when[h];
      else if (rel === 'obl' && r && r[1] < triggers[h]) when[t] = when[h];
      // "Last week, DPC launched a new offer", "In fiscal 1989, it had sales of $40 million": the
      // object of a light verb is the event the verb names, wherever the date stands; its first
      // object only ("took effect Aug. 9 pending ratification": the parse's second object).
      else if (rel === 'obj' && !bounds(c, r) && (isLightVerb(c, p, triggers[h]) || eventLexicon().words.issuing.has(c.lower[triggers[h]])) && !dependentsOf(p)[triggers[h]].some((k) => k < i && p.labels[k] === 'obj')) when[t] = when[h];
      // "The talks were held on Monday", "a ceremony will be held at the summit on April 24": the
      // passive's subject is the light verb's object.
      else if (isPassiveSubject(p, i, triggers[h]) && !bounds(c, r) && isLightVerb(c, p, triggers[h])) when[t] = when[h];
      // "paid tribute Tuesday … on a whirlwind visit", "joined the bloc in July 1997 at the Madrid
      // summit": the event a verb happens in, during or at is at its date.
      else if (rel === 'obl' && !bounds(c, r) && happensWithin(c, p, i)) when[t] = when[h];
      // "the proceedings began Tuesday", "Earlier this month, X completed the acquisition": what an
      // aspectual verb begins or ends happens when it does.
      else if (c.labels[triggers[h]] === 'ASPECTUAL' && /^(nsubj|nsubj:pass|obj)$/.test(rel)) when[t] = when[h];
      // "it's now become a tragedy": a predicate noun holds from its verb's date.
      else if (rel === 'xcomp' && eventLexicon().words.linking.has(c.lower[triggers[h]])) when[t] = when[h];
    });
  }
}

/**
 * Does the reported clause headed by verb i hold when it is reported: a present tense or a present
 * or perfect progressive, with no modal or past perfect ("said Thursday that Britain has been
 * pushing", "said Friday authorities are pursuing 400 tips")? A past tense or a future in it is
 * another time ("said Monday that police arrested him", "said Thursday that troops will remain").
 */
function holdsWhenReported(c: SentenceContext, p: Parse, i: number): boolean {
  const deps = dependentsOf(p)[i];
  const aux = deps.filter((k) => p.labels[k] === 'aux' || p.labels[k] === 'aux:pass').map((k) => c.lower[k]);
  const modal = eventLexicon().words.modal;
  if (aux.some((a) => modal.has(a) || a === 'had')) return false;
  if (c.tags[i] === 'VBZ' || c.tags[i] === 'VBP' || (c.tags[i] === 'VBG' && aux.some((a) => PROGRESSIVE_BE.has(a)))) return true;
  // "said Friday that rescuers were still searching", "told the cabinet on Sunday that Israel was
  // willing": a past progressive or a past "be" with a predicate, reported by a past verb, is the
  // present of the reporting time put back a tense. Not an infinitive after "was" ("said the goal
  // was to make him a one-term president": the making is later).
  return isPastProgressive(c, p, i) || (c.tags[i] !== 'VB' && deps.some((k) => p.labels[k] === 'cop' && PAST_BE.has(c.lower[k])));
}

const PAST_BE = new Set(['was', 'were']);

// Relative pronouns that can be a relative clause's subject.
const RELATIVE_SUBJECTS = new Set(['that', 'which', 'who']);

/** The verb of the relative clause right after noun i whose subject is its relative pronoun ("a strike that began"), or -1. */
function relativeOfSubject(c: SentenceContext, p: Parse, i: number): number {
  const deps = dependentsOf(p);
  return deps[i].find((d) => p.labels[d] === 'acl:relcl' && deps[d].some((e) => e === i + 1 && p.labels[e].startsWith('nsubj') && RELATIVE_SUBJECTS.has(c.lower[e]))) ?? -1;
}

// Dependents of a verb that make someone else the doer of its purpose ("brought a team to recover"),
// or a thing it says or intends.
const OTHERS_PURPOSE = new Set(['obj', 'iobj', 'ccomp', 'xcomp']);

/**
 * "met with aides Wednesday to assess the situation", "rallied Friday night to demand his return",
 * "will travel to Washington on March 12 to submit the document": a "to" infinitive of purpose
 * (advcl, no subject of its own) on a dated verb of going or gathering (data/events/words.txt
 * going) with no object or complement is done on getting there, at its date. Not "sent a team to
 * recover the remains", "called for X to revive the unit", "reached an agreement in December to
 * curb emissions": another's doing or a later event. Set after every other date is shared, so it
 * is passed on to nothing.
 */
function purposeDates(c: SentenceContext, p: Parse, triggers: readonly number[], when: (DateExpression | null)[]): void {
  const deps = dependentsOf(p);
  const at = new Map(triggers.map((i, t) => [i, t] as const));
  const given = [...when];
  triggers.forEach((i, t) => {
    const v = p.heads[i];
    const h = at.get(v) ?? -1;
    if (when[t] || h < 0 || !given[h] || p.labels[i] !== 'advcl' || c.tags[i] !== 'VB' || !isVerbal(c, v)) return;
    if (!deps[i].some((k) => k < i && p.labels[k] === 'mark' && c.lower[k] === 'to') || deps[i].some((k) => p.labels[k].startsWith('nsubj'))) return;
    if (eventLexicon().words.going.has(c.lower[v]) && !deps[v].some((k) => OTHERS_PURPOSE.has(p.labels[k]))) when[t] = given[h];
  });
}

// Dependents of a verb of trying that make its infinitive another's or a later purpose ("sought
// clearance last week to purchase shares").
const ATTEMPT_OBJECTS = new Set(['obj', 'iobj']);

/**
 * Is verb i the "to" infinitive of a verb of trying v ("tried on Friday to scare", "declined to
 * comment Saturday": data/events/words.txt attempt) that has no object? The attempt is made in
 * doing it, so at the verb's date. Not a verb of trying inside a clause with a subordinator or a
 * preposition ("held him in contempt on Thursday for refusing to show up": the refusal was before).
 */
function attemptOf(c: SentenceContext, p: Parse, i: number, v: number): boolean {
  return c.tags[i] === 'VB' && eventLexicon().words.attempt.has(c.lower[v]) && !dependentsOf(p)[v].some((k) => ATTEMPT_OBJECTS.has(p.labels[k]) || p.labels[k] === 'mark' || p.labels[k] === 'case');
}

// A noun's relations to the verb it is an argument of.
const ARGUMENT_OF_VERB = new Set(['nsubj', 'nsubj:pass', 'obj']);

/** Is verb i a past progressive ("was watching", "were guarding")? */
function isPastProgressive(c: SentenceContext, p: Parse, i: number): boolean {
  return c.tags[i] === 'VBG' && dependentsOf(p)[i].some((k) => p.labels[k] === 'aux' && PAST_BE.has(c.lower[k]));
}

/**
 * Does verb v take the date of its subject's own event ("the Aug. 7 explosion destroyed")? A simple
 * past with no auxiliary: not "has hurt", "will cost" (another time), nor a state the event is
 * left in ("the 1998 bombing was the deadliest", "remained unsolved": data/events/words.txt linking).
 */
function datesSubjectVerb(c: SentenceContext, p: Parse, v: number): boolean {
  return c.tags[v] === 'VBD' && !PAST_BE.has(c.lower[v]) && !eventLexicon().words.linking.has(c.lower[v]) && !dependentsOf(p)[v].some((k) => p.labels[k] === 'aux' || p.labels[k] === 'aux:pass' || p.labels[k] === 'cop');
}

// Verbs of a price or count ending a move: "rose 50 cents to close at $20".
const END_AT = new Set(['close', 'end', 'finish', 'settle']);

// How far up the parse the verb of a "to close at" may be: the parse hangs the infinitive on the
// amount ("rose $2.50 a share to close at": share, then $, then rose).
const MAX_AMOUNT_CLIMB = 3;

/**
 * The verb whose move the "to … at" infinitive i says the end of ("rose 50 cents to close at $20
 * in trading yesterday", "fell 2% to end the day at 410"), as its position in `triggers`, or -1.
 * Not a purpose: the close is the move's end, at its date. The parse hangs the infinitive on the
 * verb or on its amount.
 */
function endsAt(c: SentenceContext, p: Parse, at: ReadonlyMap<number, number>, i: number): number {
  if (c.tags[i] !== 'VB' || !END_AT.has(c.lower[i]) || c.lower[i - 1] !== 'to') return -1;
  if (c.lower[i + 1] !== 'at' && !(c.lower[i + 1] === 'the' && c.lower[i + 3] === 'at')) return -1;
  let k = p.heads[i];
  for (let n = 0; n < MAX_AMOUNT_CLIMB && k >= 0; n++, k = p.heads[k]) {
    const h = at.get(k);
    if (h !== undefined) return isVerbal(c, k) ? h : -1;
    if (!AMOUNT_TAGS.has(c.tags[k])) return -1;
  }
  return -1;
}

const AMOUNT_TAGS = new Set(['CD', '$', 'NN', 'NNS']);

/** Has verb v a modal auxiliary ("will consolidate", "must wait")? */
function hasModal(c: SentenceContext, p: Parse, v: number): boolean {
  const modal = eventLexicon().words.modal;
  return dependentsOf(p)[v].some((k) => p.labels[k] === 'aux' && modal.has(c.lower[k]));
}

const PROGRESSIVE_BE = new Set(['is', 'are', 'am', "'s", "'re", "'m", '’s', '’re', '’m', 'been']);

// How far up the parse a time expression's head may climb to the event it dates.
const MAX_CLIMB = 6;

/**
 * The trigger (index into `triggers`) the phrase [from, to] hangs on in the parse: the first event
 * among the heads above the phrase's own head ("Police found explosives Sunday" → found, not
 * explosives; "On Monday, X said" → said; "Speaking on Tuesday, X …" → Speaking). Null when no
 * event is above it, or the phrase has no single head: word-order attachment decides then.
 */
function parsedAttachment(p: Parse | null, triggers: readonly number[], from: number, to: number): number | null {
  if (!p) return null;
  let head = -1;
  for (let k = from; k <= to; k++) {
    const h = p.heads[k];
    if (h >= from && h <= to) continue;
    if (head >= 0) return null;
    head = k;
  }
  if (head < 0) return null;
  let h = p.heads[head];
  for (let n = 0; h >= 0 && n < MAX_CLIMB; n++, h = p.heads[h]) {
    const t = triggers.indexOf(h);
    if (t >= 0) return t;
  }
  return null;
}

/**
 * A trigger the tagger took for a noun but the parse reads as a verb, with a subject or an object
 * of its own ("Hackers attack Church of Scientology website"); not a predicate noun (with a copula).
 */
function hasClauseArguments(p: Parse, i: number): boolean {
  const deps = dependentsOf(p)[i];
  // "This was Sweden's first victory": a predicate noun's subject is no actor of it.
  return !deps.some((k) => p.labels[k] === 'cop') && deps.some((k) => /^(nsubj|nsubj:pass|obj)$/.test(p.labels[k]));
}

// Parse relations of a verb whose clause is its own or a relative clause, not the previous verb's.
const OWN_CLAUSE = new Set(['root', 'ccomp', 'parataxis', 'acl:relcl']);

/**
 * Infinitives and participles with no subject take the actors of the nearest verb event before
 * them in the sentence ("promised to provide", "met …, stressing"), or after them when they open
 * the sentence ("Writing on Instagram, Vučić said"). Not where the parse shows whose they are not:
 * a past participle (a passive's missing subject is no actor: "Images of the boy wearing a
 * T-shirt and handcuffed by the police"), a clause of its own (root, complement, parataxis), a
 * relative clause or an -ing participle modifying a noun ("fans waiting outside"): clause-arguments.ts
 * already gave these what the tree implies. An infinitive on a noun still inherits ("In an effort to
 * maintain ties, Serbia has …"). Nor where the parse shows a subject that stands for nobody known
 * ("as time went by, they were able to focus": not the time).
 */
function inheritActors(c: SentenceContext, p: Parse | null, triggers: readonly number[], args: Arguments[]): void {
  const own = args.map((a) => a.actors.length > 0);
  const seen = args.map((a) => a.actorSeen === true);
  const aux = eventLexicon().words.auxiliary;
  // the nearest verb event with actors of its own after each trigger (one pass, not one per trigger)
  const next: number[] = new Array<number>(triggers.length).fill(-1);
  for (let t = triggers.length - 2; t >= 0; t--) next[t] = own[t + 1] && isVerbal(c, triggers[t + 1]) ? t + 1 : next[t + 1];
  let before = -1;
  triggers.forEach((i, t) => {
    const found = before;
    if (own[t] && isVerbal(c, i)) before = t;
    if (own[t] || seen[t] || !isVerbal(c, i) || !NON_FINITE.has(c.tags[i])) return;
    if (p && (c.tags[i] === 'VBN' || OWN_CLAUSE.has(p.labels[i]) || (c.tags[i] === 'VBG' && p.labels[i] === 'acl'))) return;
    // "has been told to prepare": the doer is the passive's subject, not an earlier verb's.
    if (p && p.labels[i] === 'xcomp' && p.heads[i] >= 0 && dependentsOf(p)[p.heads[i]].some((k) => p.labels[k] === 'aux:pass')) return;
    // A passive or perfect ("were said", "has spoken") is finite: its missing subject is not
    // the previous verb's.
    for (let k = groupStart(c, i); k < i; k++) if (aux.has(c.lower[k]) && c.lower[k] !== 'to') return;
    const from = found >= 0 ? found : next[t];
    if (from >= 0) args[t].actors = [...args[from].actors];
  });
}

/** Places: LOCATION names introduced by a place preposition ("in Kazan"), attached like dates. */
function placesOf(c: SentenceContext, triggers: readonly number[]): (string | null)[] {
  const out: (string | null)[] = triggers.map(() => null);
  const preps = eventLexicon().words['place-preposition'];
  for (let k = 0; k < c.tokens.length; k++) {
    const e = c.entityAt[k];
    if (!e || e.type !== 'LOCATION' || (k > 0 && c.entityAt[k - 1] === e)) continue;
    let end = k;
    while (end + 1 < c.tokens.length && c.entityAt[end + 1] === e) end++;
    let p = k - 1;
    if (p >= 0 && c.tags[p] === 'DT') p--;
    if (p < 0 || !preps.has(c.lower[p])) continue;
    const t = attachmentOf(c, triggers, p, end);
    if (t >= 0 && !out[t]) out[t] = e.name;
  }
  return out;
}


/**
 * Is verb i a clause on the noun it hangs on that tells what happened in it: a relative clause ("the
 * bombing that killed one person") or a participle ("a ceremony held in Missouri", "blasts
 * killing scores")? Not an infinitive or a participle after a preposition: "the request to
 * cooperate", "punishment for seizing Kuwait" are other events.
 */
function describesEvent(c: SentenceContext, p: Parse, i: number): boolean {
  if (p.labels[i] === 'acl:relcl') return true;
  if (p.labels[i] !== 'acl') return false;
  return c.tags[i] === 'VBN' || (c.tags[i] === 'VBG' && !dependentsOf(p)[i].some((k) => p.labels[k] === 'mark' || p.labels[k] === 'case'));
}

// How far after the comma that ends a reported clause its reporting verb may be (", Mr. Perlman said").
const MAX_REPORTING_TAIL = 6;

/** Is trigger v a reporting verb after a comma that ends a clause holding the date ending at `to` ("…, police said")? */
function reportsClauseBefore(c: SentenceContext, v: number, to: number): boolean {
  if (c.labels[v] !== 'REPORTING' || v <= to) return false;
  for (let k = v - 1; k > to && v - k <= MAX_REPORTING_TAIL; k--) if (c.words[k] === ',') return true;
  return false;
}

// A noun's clausal modifiers, left out of its phrase.
const NOUN_CLAUSES = new Set(['acl', 'acl:relcl']);

/**
 * "Norton said net income for the third quarter fell 6%", "reported third-quarter profit jumped
 * 45%": the parse takes the reported clause's subject for the reporting verb's object and hangs
 * the clause's verb on it or on the reporting verb. A date inside that noun phrase is the verb's
 * right after it (finite), not the reporting verb's. The trigger, or null.
 */
function reportedSubjectVerbOf(c: SentenceContext, p: Parse, triggers: readonly number[], v: number, from: number, to: number): number | null {
  const deps = dependentsOf(p);
  for (const n of deps[v]) {
    if (n < v || p.labels[n] !== 'obj') continue;
    const [a, b] = subtreeSpan(deps, n, (d) => NOUN_CLAUSES.has(p.labels[d]));
    if (from < a || to > b) continue;
    const k = triggers.indexOf(b + 1);
    // Not a participle the tagger took for a past tense ("cited the figure at last week's forum
    // viewed by 14.7 million people").
    if (k >= 0 && FINITE.has(c.tags[b + 1]) && (p.heads[b + 1] === v || p.heads[b + 1] === n) && !deps[b + 1].some((d) => p.labels[d] === 'obl:agent')) return k;
  }
  return null;
}

/**
 * For a date at tokens [from, to] hung on v: when v is a participle on a noun (acl) that comes after
 * the date, the noun before the date, the triggers (indexes into `triggers`) of that noun and of the
 * verb whose object or oblique it is ("issued a joint statement Friday saying": statement, issued).
 */
function participleNounOf(c: SentenceContext, p: Parse, triggers: readonly number[], v: number, from: number, to: number): number[] {
  const n = p.heads[v];
  if (p.labels[v] !== 'acl' || (c.tags[v] !== 'VBG' && c.tags[v] !== 'VBN') || to >= v || n < 0 || n >= from) return [];
  const out = [triggers.indexOf(n)];
  if ((p.labels[n] === 'obj' || p.labels[n] === 'obl') && isVerbal(c, p.heads[n])) out.push(triggers.indexOf(p.heads[n]));
  return out.filter((k) => k >= 0);
}

/** The trigger of the infinitive (xcomp, VB) of trigger t, or of its infinitive, …, last before the date starting at `from` with no comma between; else t. */
function infinitiveBefore(c: SentenceContext, p: Parse, triggers: readonly number[], t: number, from: number): number {
  for (let n = 0; n < MAX_INFINITIVES; n++) {
    const v = triggers[t];
    if (v > from) break;
    const k = dependentsOf(p)[v].find((d) => d > v && d < from && p.labels[d] === 'xcomp' && c.tags[d] === 'VB' && triggers.includes(d) && !c.words.slice(d, from).includes(','));
    if (k === undefined) break;
    t = triggers.indexOf(k);
  }
  return t;
}

/** The trigger of trigger t's infinitive (xcomp, VB), else t. */
function intendedInfinitiveOf(c: SentenceContext, p: Parse, triggers: readonly number[], t: number): number {
  const v = triggers[t];
  const k = dependentsOf(p)[v].find((d) => d > v && p.labels[d] === 'xcomp' && c.tags[d] === 'VB' && triggers.includes(d));
  return k === undefined ? t : triggers.indexOf(k);
}

// How many infinitives down a date may go ("wants to try to raise …").
const MAX_INFINITIVES = 3;

/** The trigger of the clause reporting verb v reports (ccomp, parataxis) between v and the date starting at `from`, no comma after it; or null. */
function reportedVerbBefore(c: SentenceContext, p: Parse, triggers: readonly number[], v: number, from: number): number | null {
  if (v > from) return null;
  const k = dependentsOf(p)[v].find((d) => d > v && d < from && (p.labels[d] === 'ccomp' || p.labels[d] === 'parataxis') && triggers.includes(d) && !c.words.slice(d, from).includes(','));
  return k === undefined ? null : triggers.indexOf(k);
}

/** The trigger the reporting verb v reports, before the date starting at `from`: its complement or parataxis. */
function reportedVerbOf(p: Parse, triggers: readonly number[], v: number, from: number): number | null {
  const t = triggers.findIndex((k) => k < from && p.heads[k] === v && (p.labels[k] === 'ccomp' || p.labels[k] === 'parataxis'));
  return t >= 0 ? t : null;
}
