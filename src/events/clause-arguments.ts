// Who does a verb event and to whom, read off the dependency parse of its sentence:
// - its own subject and objects (nsubj, obj, iobj), the passive's subject as target and its
//   "by" phrase (obl:agent) as actor; an intransitive verb's subject is its actor ("shares fell");
// - a verb without a subject of its own takes the one its clause implies: the object or else the
//   subject of the verb it complements ("X agreed to buy Y", "invited X to attend"), the subject of
//   the verb it is coordinated with ("X arrived and met Y"), of the clause a participle modifies
//   ("Speaking on Tuesday, X said"), the noun a relative clause modifies ("the company, which
//   bought Y"; "the deal that X signed" as target), the noun a participle modifies ("troops sent to
//   the border": target; "troops fighting": actor);
// - each argument with its conjuncts ("X and Y signed").
// Arguments become names through participants.ts: the entity of the argument's head word, a
// pronoun resolved to whom it stands for, or a short noun phrase.

import type { Parse } from '../syntax/parser.js';
import { dependentsOf, subtreeSpan } from '../syntax/tree.js';
import { FINITE_TAGS, groupStart, type Arguments } from './arguments.js';
import { isPossessiveMark } from './phrases.js';
import type { SentenceContext } from './context.js';
import { eventLexicon, phraseAt } from './lexicon.js';
import { isRoleWord } from '../entities/person-words.js';
import { acronymEntity, entityName, mayNamePeople, mentionBounds, phraseValue, pronounValue, resolvedPronoun, sayersInFocus, type Focus } from './participants.js';

// Relative pronouns stand for the noun their clause modifies.
const RELATIVE = new Set(['which', 'who', 'whom', 'that']);
// Dependents to the left of a noun that belong to its name-like phrase ("the Afghan team").
const PHRASE_PARTS = new Set(['compound', 'flat', 'amod', 'nummod', 'det', 'nmod:poss']);
const MAX_PHRASE = 4;
// How far up the tree a missing subject is looked for (xcomp of a conj of an advcl …).
const MAX_HOPS = 4;
const NON_FINITE = new Set(['VB', 'VBG', 'VBN']);

interface Slots {
  /** Words in the subject position (grammatical subject, or the one implied). */
  subjects: number[];
  /** Words in object position, and the passive's "by" agents. */
  objects: number[];
  agents: number[];
  passive: boolean;
}

const isSubject = (l: string) => l === 'nsubj' || l === 'nsubj:pass' || l === 'nsubj:outer';

// Auxiliaries of a passive: "was taken", "got arrested".
const PASSIVE_AUX = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re", '’s', '’re', 'get', 'gets', 'got', 'gotten', 'getting']);

const BE = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be', "'s", "'re", '’s', '’re']);

/** Only adverbs, negation and quotation marks between tokens a and b ("wasn't 'forced'"). */
function onlyAdverbsBetween(c: SentenceContext, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (!/^(RB|''|``|POS)$/.test(c.tags[k]) && !/^['"‘’“”]$/.test(c.words[k])) return false;
  return a < b;
}

/**
 * A past tense the parse hangs on a noun (acl), with no auxiliary, subject or object of its own, is
 * a participle the tagger read as a past tense ("the asylum seekers found in the water", "large
 * areas set up for attendees", "Parents prosecuted after …"): a finite verb would have a
 * clause of its own. Not a verb whose first WordNet sense is a change of state or a motion ("new
 * faces emerged", "the seats increased", "a shell landed"): those are as often active verbs the
 * parse hung on the noun before them.
 */
function bareAclPast(c: SentenceContext, v: number, aux: boolean, own: Slots): boolean {
  return c.tags[v] === 'VBD' && !aux && !own.subjects.length && !own.objects.length && !/^(change|motion)$/.test(c.info[v].verbFields[0] ?? '');
}

/** Verb v has an auxiliary, an object or a relative "that"/"which"/"who" of its own. */
function ownClause(c: SentenceContext, p: Parse, v: number, aux: boolean, own: Slots): boolean {
  return aux || own.objects.length > 0 || dependentsOf(p)[v].some((k) => k < v && RELATIVE.has(c.lower[k]));
}

/** A closing quotation mark right before the verb (itself outside the quotation), or before the comma right before it. */
function afterQuotation(c: SentenceContext, v: number): boolean {
  const q = (k: number) => k >= 0 && /^(["”’']|'')$/.test(c.words[k]);
  return !c.quoted[v] && (q(v - 1) || (c.words[v - 1] === ',' && q(v - 2)));
}

/** A headline: a sentence that ends in a word, with no punctuation ("Pop culture celebrated at Expo"). */
function isHeadline(c: SentenceContext): boolean {
  return c.words.length > 0 && /^[\p{L}\p{N}]/u.test(c.words[c.words.length - 1]);
}

// ownSlots per sentence: a word's own slots are read once, however many verbs climb to it (a
// sentence of 20,000 words whose verbs all hang on one head read its dependents 20,000 times).
const ownSlotsMemo = new WeakMap<SentenceContext, (Slots | undefined)[]>();

/** A word the parse gave a preposition of its own ("According to the Herald, …"): an oblique, no subject. */
function markedOblique(c: SentenceContext, p: Parse, k: number): boolean {
  return dependentsOf(p)[k].some((j) => j < k && p.labels[j] === 'case' && !isPossessiveMark(c, j));
}

// How the parse hangs the subject after an oblique it took for the subject ("According to the
// Herald, Professor John Burrows said": Burrows a parataxis of Herald, or its appos, nmod, conj).
const BESIDE_LABELS = new Set(['parataxis', 'appos', 'list', 'nmod', 'conj']);

/**
 * The verb's subject when the parse took the oblique k before it for one: a name or noun hung on
 * k after a comma, before the verb ("According to the Herald, Professor John Burrows, the
 * chairman of the panel, said"). -1 when there is none: then the parse's subject stands, its
 * preposition most often a subordinator read as one ("moments after the senator spoke").
 */
function besideOblique(c: SentenceContext, p: Parse, k: number, v: number): number {
  const deps = dependentsOf(p);
  // A conjunct is apposed only where no conjunction makes a list of them ("like women, rights, and other issues").
  const list = deps[k].some((j) => p.labels[j] === 'conj' && deps[j].some((m) => p.labels[m] === 'cc'));
  const found = deps[k].find((j) => !(list && p.labels[j] === 'conj') && j > k && j < v && BESIDE_LABELS.has(p.labels[j]) && !markedOblique(c, p, j) && c.words[groupFirst(p, j) - 1] === ',' && (c.entityAt[j] !== null || c.tags[j].startsWith('NN')));
  return found ?? -1;
}

/**
 * A subject the parse gave the verb as an oblique without a preposition ("Also the president of
 * the Lombardy region, Roberto Maroni, has reacted": president an obl of reacted) or as an
 * adverbial clause (a noun phrase with an article: "an independent who …, defeated"), or hung on a
 * reporting verb set in commas inside the clause ("Institutional recipients, said Mauer, are
 * required": recipients the first of said's two subjects). A noun before the verb, no time word.
 * -1 when there is none.
 */
function unmarkedSubject(c: SentenceContext, p: Parse, v: number): number {
  const deps = dependentsOf(p);
  // A clause's verb: a tense or an auxiliary ("Duke University, located in Durham": no clause).
  if (!isTensed(c, p, v)) return -1;
  const noun = (k: number) => (c.tags[k].startsWith('NN') || c.entityAt[k] !== null) && !c.timex[k];
  const last = groupStart(c, v) - 1;
  // A noun phrase the parse read as an adverbial clause ("Also, an independent who does not claim
  // to belong to either camp, Edward Yiu of the … constituency, defeated his opponents": an
  // independent tagged an adjective): one with an article, no subordinator, no copula.
  const nounClause = (k: number) =>
    p.labels[k] === 'advcl' &&
    (c.tags[k].startsWith('NN') || nounTaggedOtherwise(c, p, k)) &&
    deps[k].some((j) => p.labels[j] === 'det' && /^(a|an|the)$/.test(c.lower[j])) &&
    !deps[k].some((j) => /^(mark|cop|case|nsubj)$/.test(p.labels[j]));
  for (const k of deps[v]) {
    if (k > v) break;
    if ((p.labels[k] === 'obl' && noun(k) && !deps[k].some((j) => p.labels[j] === 'case')) || nounClause(k)) {
      // The phrase ends right before the verb's group, or at a comma there ("the president of
      // the region, Roberto Maroni, has reacted"); not "placed on paid leave - was not wearing".
      const end = subtreeSpan(deps, k, (d) => p.labels[d] === 'punct')[1];
      if (end !== last && !(end === last - 1 && c.words[last] === ',')) continue;
      // A title heading a name ("Democratic candidate Hillary Clinton, like Obama, has
      // encouraged"): the name.
      const name = deps[k].find((j) => j > k && c.entityAt[j] !== null && c.entityAt[k] === null && /^(appos|flat|compound|nmod:desc)$/.test(p.labels[j]));
      if (name !== undefined) return name;
      // The noun phrase read as a clause: a person's name set off by a comma inside it, wherever
      // the parse hung it ("an independent who does not claim to belong to either camp, Edward Yiu
      // of the … constituency,": Yiu an apposition of camp).
      if (p.labels[k] === 'advcl') {
        // Not one the parse gave conjuncts (a list of names after it would join it).
        for (let j = k + 1; j < end; j++) {
          const last = mentionBounds(c, j)[1];
          if (c.entityAt[j]?.type === 'PERSON' && c.words[j - 1] === ',' && p.labels[last] === 'appos' && !deps[last].some((m) => p.labels[m] === 'conj')) return last;
        }
      }
      return k;
    }
    if ((p.labels[k] === 'advcl' || p.labels[k] === 'parataxis') && c.words[k - 1] === ',' && isSpeechVerb(c, k)) {
      const before = deps[k].filter((j) => j < k - 1 && isSubject(p.labels[j]) && noun(j) && c.words[j + 1] === ',');
      const after = deps[k].some((j) => j > k && isSubject(p.labels[j]));
      if (before.length && after) return before[0];
    }
  }
  return -1;
}

// Relations inside a noun phrase, climbed from its last word to its head ("other sites such as Gawker.com").
const INSIDE_PHRASE = new Set(['nmod', 'appos', 'compound', 'flat']);

/**
 * A finite verb's subject the parse hung on a noun before it as that noun's conjunct ("IE6 has
 * outlived its usefulness, and Microsoft no longer wants to support it": Microsoft a conj of
 * usefulness; "and other 15 shells fell"): the noun phrase right before the verb's group (past
 * "no longer" and adverbs), opened by a conjunction or a comma. -1 when there is none.
 */
function strandedSubject(c: SentenceContext, p: Parse, v: number): number {
  const deps = dependentsOf(p);
  if (!isTensed(c, p, v)) return -1;
  // A verb hung on the noun before it modifies that noun ("a group called Lashkar-e-Taiba").
  if (p.labels[v] === 'acl' || p.labels[v] === 'acl:relcl') return -1;
  let g = beforeAdverbs(c, groupStart(c, v) - 1);
  if (g < 0 || !(c.tags[g].startsWith('NN') || c.entityAt[g] || c.tags[g] === 'PRP')) return -1;
  // A prepositional phrase ending the noun phrase, wherever the parse hung it ("other sites such
  // as Gawker.com have stated": Gawker.com an object of an earlier verb): the noun before it.
  // The first of coordinated nouns holds the preposition ("our deals with Albania and France are").
  // Not a noun opening a phrase of its own ("at the age of four months and the parents were").
  let q = g;
  const opensOwn = (j: number) => deps[j].some((m) => m < j && /^(det|nummod|nmod:poss)$/.test(p.labels[m]));
  while (p.labels[q] === 'conj' && p.heads[q] >= 0 && p.heads[q] < q && !opensOwn(q)) q = p.heads[q];
  if (deps[q].some((j) => j < q && p.labels[j] === 'case' && !isPossessiveMark(c, j))) {
    g = subtreeSpan(deps, q, (d) => p.labels[d] === 'punct' || d > g)[0] - 1;
    if (g < 0 || !(c.tags[g].startsWith('NN') || c.entityAt[g])) return -1;
  }
  let k = g;
  for (let n = 0; n < MAX_HOPS && INSIDE_PHRASE.has(p.labels[k]) && p.heads[k] >= 0 && p.heads[k] < k && p.heads[k] !== v; n++) k = p.heads[k];
  // A conjunct of a noun before, or an object the parse hung on a noun ("in the meantime our deals
  // … are yielding": deals an obj of meantime), which no noun has.
  const strayObject = p.labels[k] === 'obj' && p.heads[k] >= 0 && c.tags[p.heads[k]].startsWith('NN');
  if ((p.labels[k] !== 'conj' && !strayObject) || p.heads[k] === v || !(c.tags[k].startsWith('NN') || c.entityAt[k] || c.tags[k] === 'PRP')) return -1;
  if (strayObject) return k;
  const opened = (first: number) => first > 0 && (c.tags[first - 1] === 'CC' || c.words[first - 1] === ',');
  if (opened(subtreeSpan(deps, k, (d) => p.labels[d] === 'punct' || d > g)[0])) return k;
  // The conjunction (and adverbs) the parse hung on the noun itself ("at the age of four months
  // and the parents were advised", "and currently 190 universities have accepted"), when the noun
  // opens a phrase of its own with a determiner, a possessive or a number: a bare noun after "and"
  // is as often the second of a coordinated subject ("Obama and Clinton withdrew").
  if (!opensOwn(k)) return -1;
  // Leftward from the noun over the words of its own phrase, to its conjunction (what the parse
  // hung on the noun beyond that belongs to the phrase before: "posts 542 and 543 and other 15
  // shells fell", 542 on shells).
  const inside = new Set<number>();
  const stack = [k];
  while (stack.length) for (const d of deps[stack.pop()!]) if (p.labels[d] !== 'cc' && p.labels[d] !== 'punct') (inside.add(d), stack.push(d));
  let first = k;
  while (first > 0 && inside.has(first - 1)) first--;
  while (first > 1 && c.tags[first - 1] === 'RB') first--;
  return opened(first) ? k : -1;
}
/**
 * The head of the noun phrase [from, to): the last noun of its first run of nouns (the head the
 * "of" and "in" phrases after it complete: "the future of ozone air quality in the U.S."), past a
 * possessor ("PC World's recent analysis of …": analysis). -1 when it has none.
 */
function firstNounHead(c: SentenceContext, from: number, to: number): number {
  const noun = (k: number) => c.tags[k].startsWith('NN');
  let k = from;
  for (;;) {
    while (k < to && !noun(k)) k++;
    if (k >= to) return -1;
    while (k + 1 < to && noun(k + 1)) k++;
    // A possessor: the phrase's head comes after its "'s".
    if (k + 1 < to && isPossessiveMark(c, k + 1)) {
      k += 2;
      continue;
    }
    return k;
  }
}

/**
 * Where the noun phrase ending at token `end` opens: the comma, semicolon or colon before it (-1 at
 * the sentence's start), over noun-phrase words, prepositions and "and" only; -2 when another
 * word (a verb, a relative word, a quotation's edge) comes first.
 */
function phraseOpening(c: SentenceContext, end: number): number {
  let b = end;
  while (b >= 0 && !/^[,;:]$/.test(c.words[b])) {
    if (!PHRASE_WORD_RE.test(c.tags[b]) && c.tags[b] !== 'CC' && c.entityAt[b] === null) return -2;
    if (c.quoted[b] !== c.quoted[end] || RELATIVE.has(c.lower[b])) return -2;
    b--;
  }
  return b;
}

/** Is token v a verb of saying: one the classifier reads as REPORTING, or a verb of communication in WordNet? */
function isSpeechVerb(c: SentenceContext, v: number): boolean {
  return c.labels[v] === 'REPORTING' || c.info[v].verbFields.includes('communication');
}

/** A reporting verb right before the comma or colon that opens a quotation ("concluded, \"Usually, …"). */
function opensQuotation(c: SentenceContext, v: number): boolean {
  return isSpeechVerb(c, v) && /^[,:]$/.test(c.words[v + 1] ?? '') && /^["“]$/.test(c.words[v + 2] ?? '');
}

/**
 * The subject the parse read in the last noun of a long subject phrase, one with a preposition of
 * its own ("the Weatherspoon Art Museum at the University of North Carolina at Greensboro saw":
 * Greensboro, with "at"; "the future of ozone air quality in the U.S. and around the world will
 * depend": world): the head of the whole phrase, from the clause's opening (the sentence's start,
 * a comma, a semicolon) to the verb, no verb in it; or the person's name ending it when a title
 * or an organisation runs into it ("Psychology major at University of Texas Arlington Amneh
 * Jafari heard": Amneh Jafari). Not for "of" ("Sixty-two percent of Republicans agreed": the parse
 * is right) nor a preposition that may open a clause ("moments after the senator spoke"). -1 when
 * there is none.
 */
function phraseOfStraySubject(c: SentenceContext, p: Parse, k: number, v: number): number {
  const deps = dependentsOf(p);
  // The preposition, on the noun or hung elsewhere right before its phrase ("at Greensboro saw":
  // "at" on saw).
  const before = groupFirst(p, k) - 1;
  const mark = deps[k].find((j) => j < k && p.labels[j] === 'case' && !isPossessiveMark(c, j)) ?? (before > 0 && c.tags[before] === 'IN' && p.labels[before] === 'case' ? before : undefined);
  if (mark === undefined || /^(of|with|without)$/.test(c.lower[mark]) || eventLexicon().words.subordinator.has(c.lower[mark]) || k > v) return -1;
  const end = groupStart(c, v) - 1;
  if (subtreeSpan(deps, k, (d) => p.labels[d] === 'punct' || d >= v)[1] !== end) return -1;
  const b = phraseOpening(c, end);
  if (b < -1) return -1;
  // A phrase set off after a name is its apposition ("said Sandra Kolber, spokeswoman for the
  // directors' committee appointed last May": the committee was appointed).
  if (b > 0 && c.entityAt[b - 1] !== null) return -1;
  const e = c.entityAt[end];
  if (e?.type === 'PERSON') {
    const first = mentionBounds(c, end)[0];
    if (first > b + 1 && (c.tags[first - 1].startsWith('NN') || c.entityAt[first - 1] !== null) && c.entityAt[first - 1] !== e) return end;
  }
  const head = firstNounHead(c, b + 1, mark);
  return head >= 0 && head < mark && !c.timex[head] ? head : -1;
}

/**
 * A clause's subject the parse took for the object of its subordinator read as a preposition
 * ("Heald said although temperature and ozone are known to impact crop yields": temperature an
 * oblique of said, "although" its case; "after the United Nations High Commissioner for Refugees
 * 'recommended it'": recommended a conjunct of said): the head of the noun phrase between a word
 * that may open a clause (after, although, because …) and the verb's group, past quotation marks,
 * for a tensed verb with no subject. -1 when there is none.
 */
function subordinatedSubject(c: SentenceContext, p: Parse, v: number): number {
  if (!isTensed(c, p, v)) return -1;
  let end = groupStart(c, v) - 1;
  while (end >= 0 && /^["'“”‘’]$/.test(c.words[end])) end--;
  if (end < 0 || !(c.tags[end].startsWith('NN') || c.entityAt[end] !== null)) return -1;
  const opens = eventLexicon().words.subordinator;
  let b = end;
  // Not "as" ("other sites such as Gawker.com have stated", "known as X"): more often a preposition.
  while (b >= 0 && !(opens.has(c.lower[b]) && c.tags[b] === 'IN' && c.lower[b] !== 'as')) {
    // "and" only between bare nouns ("temperature and ozone"); one opening a phrase of its own may
    // open a clause ("before a committee and one of his relatives sought").
    const joins = c.tags[b] === 'CC' && b + 1 <= end && c.tags[b + 1].startsWith('NN');
    if (!PHRASE_WORD_RE.test(c.tags[b]) && !joins && c.entityAt[b] === null) return -1;
    b--;
  }
  // The subordinator the verb's own (the parse saw the clause), or a preposition's first word
  // ("because of the incentives used").
  if (b < 0 || p.heads[b] === v || c.tags[b + 1] === 'IN') return -1;
  const k = firstNounHead(c, b + 1, end + 1);
  return k >= 0 && k <= end && p.heads[k] !== v && !c.timex[k] ? k : -1;
}

/** Is verb v finite, or has it an auxiliary ("has been told"), so that its clause wants a subject of its own? */
function isTensed(c: SentenceContext, p: Parse, v: number): boolean {
  return FINITE_TAGS.has(c.tags[v]) || dependentsOf(p)[v].some((k) => p.labels[k] === 'aux' || p.labels[k] === 'aux:pass');
}

/**
 * The source of an opening "According to X," for the participle right after its comma ("According
 * to Yonhap news agency, quoting North Korea's main news agency, …": Yonhap news agency quotes):
 * the phrase's head, the word of it the parse hangs outside it. -1 when there is none.
 */
function accordingSource(c: SentenceContext, p: Parse, v: number): number {
  if (c.tags[v] !== 'VBG' || c.words[v - 1] !== ',' || c.lower[0] !== 'according' || c.lower[1] !== 'to') return -1;
  const comma = v - 1;
  for (let k = 2; k < comma; k++) if (c.words[k] === ',') return -1;
  const heads = [];
  for (let k = 2; k < comma; k++) if (p.heads[k] < 2 || p.heads[k] >= comma) heads.push(k);
  const head = heads.length === 1 ? heads[0] : -1;
  return head >= 0 && (c.tags[head].startsWith('NN') || c.entityAt[head] !== null) ? head : -1;
}

/**
 * The subject the parse hung inside an opening participle clause it took for the verb's clausal
 * subject ("Writing in a blog post, Matthew Ingram of The Globe dubbed …": Ingram a list item of
 * post, Writing the csubj of dubbed): the noun phrase between the clause's comma and the verb.
 * -1 when there is none.
 */
function subjectInOpening(c: SentenceContext, p: Parse, v: number): number {
  const deps = dependentsOf(p);
  const opening = deps[v].find((k) => k < v && p.labels[k] === 'csubj' && c.tags[k] === 'VBG');
  if (opening === undefined) return -1;
  const last = groupStart(c, v) - 1;
  const stack = [opening];
  while (stack.length) {
    const j = stack.pop()!;
    for (const k of deps[j]) {
      if (k > last) continue;
      stack.push(k);
      if (!BESIDE_LABELS.has(p.labels[k]) || markedOblique(c, p, k) || !(c.entityAt[k] !== null || c.tags[k].startsWith('NN'))) continue;
      const [from, to] = subtreeSpan(deps, k, (d) => p.labels[d] === 'punct');
      if (to === last && c.words[from - 1] === ',') return k;
    }
  }
  return -1;
}

/** The first word of j's phrase (its leftmost dependent, followed down), punctuation left out. */
function groupFirst(p: Parse, j: number): number {
  return subtreeSpan(dependentsOf(p), j, (d) => p.labels[d] === 'punct')[0];
}

/**
 * A subject the parse marked with "for" in a finite clause ("the large amount of positive
 * feedback for Mohamed had helped": "for Mohamed" read as "for X to V"): "for" marks only an
 * infinitive's subject, so the noun belongs to the noun phrase before it.
 */
function strayForSubject(c: SentenceContext, p: Parse, v: number, k: number): boolean {
  if (k < 2 || c.lower[k - 1] !== 'for' || p.heads[k - 1] !== v || p.labels[k - 1] !== 'mark') return false;
  // The phrase before is a noun's ("feedback for Mohamed", "An attorney for Mills did not respond").
  if (!(c.tags[k - 2].startsWith('NN') || c.entityAt[k - 2])) return false;
  // A clausal subject is the clause's own ("Having people like X work for them helps").
  if (dependentsOf(p)[v].some((j) => p.labels[j] === 'csubj')) return false;
  const aux = dependentsOf(p)[v].some((j) => (p.labels[j] === 'aux' || p.labels[j] === 'aux:pass') && c.lower[j] !== 'to');
  return aux || /^(VBD|VBZ|VBP)$/.test(c.tags[v]);
}

/**
 * A noun whose "'s" the parse read as a possessive on a verb ("a tool a group's been using":
 * group an nmod:poss of using): the contracted "has" or "is", the noun the verb's subject. Only
 * before a participle, with nothing but auxiliaries, "not" or adverbs between: "has" and "is" take
 * no other verb form ("the acquisition of Weisfield's raises", "combine its properties with
 * BellSouth's and to spin off": a name's possessive, the verb another subject's).
 */
function contractedSubject(c: SentenceContext, p: Parse, v: number, k: number): boolean {
  if (p.labels[k] !== 'nmod:poss' || k + 1 >= v || !(c.tags[k].startsWith('NN') || c.entityAt[k] !== null) || !/^['’]s$/.test(c.words[k + 1] ?? '')) return false;
  if (c.tags[v] !== 'VBN' && c.tags[v] !== 'VBG') return false;
  for (let j = k + 2; j < v; j++) if (!(c.tags[j] === 'RB' || /^(been|being|not|n't|got|gotten)$/.test(c.lower[j]))) return false;
  return true;
}

// Where a verb's clause stands: a word the parse hangs there heads a clause, not a noun phrase.
const CLAUSE_PLACES = new Set(['root', 'conj', 'parataxis', 'ccomp']);

/**
 * A present tense the tagger read as a plural noun, the noun before it as its compound ("and the
 * organization plans to hold the contest": plans a noun with organization its compound): a word
 * whose verb takes a "to" infinitive (WordNet frames), with one after it, where a clause stands.
 */
export function nounReadVerb(c: SentenceContext, p: Parse, i: number): boolean {
  if (nameBeforeReadVerb(c, i) >= 0) return true;
  if (c.tags[i] !== 'NNS' || !c.info[i].frames.includes('toinf') || !CLAUSE_PLACES.has(p.labels[i])) return false;
  const deps = dependentsOf(p)[i];
  const infinitive = (j: number) => j > i && c.tags[j] === 'VB' && /^(acl|xcomp)$/.test(p.labels[j]) && dependentsOf(p)[j].some((m) => c.lower[m] === 'to' && p.labels[m] === 'mark');
  return deps.some((k) => k < i && p.labels[k] === 'compound' && (c.tags[k].startsWith('NN') || c.entityAt[k] !== null)) && deps.some(infinitive);
}

/** The last word at or before k that is no adverb ("no longer", "also", "currently"); -1 when none. */
function beforeAdverbs(c: SentenceContext, k: number): number {
  if (c.lower[k] === 'longer' && c.lower[k - 1] === 'no') k -= 2;
  while (k >= 0 && c.tags[k] === 'RB') k--;
  return k;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

/**
 * The same slip right after a name or a subject pronoun, with "to" and a verb after it ("and
 * Microsoft no longer wants to support it": wants NNS, Microsoft hung elsewhere): the name (past
 * adverbs and "no longer") is the verb's subject. -1 when there is none.
 */
function nameBeforeReadVerb(c: SentenceContext, i: number): number {
  if (c.tags[i] !== 'NNS' || !c.info[i].frames.includes('toinf') || c.lower[i + 1] !== 'to' || c.tags[i + 2] !== 'VB') return -1;
  const k = beforeAdverbs(c, i - 1);
  if (k < 0) return -1;
  const e = c.entityAt[k];
  return (e && (e.type === 'ORGANIZATION' || e.type === 'PERSON')) || SUBJECT_PRONOUNS.has(c.lower[k]) ? k : -1;
}

/** Verb v's own subjects, objects and agents; a copy the caller may reassign fields of (the lists are shared: never push to them). */
function ownSlots(c: SentenceContext, p: Parse, v: number): Slots {
  let memo = ownSlotsMemo.get(c);
  if (!memo) ownSlotsMemo.set(c, (memo = []));
  const s = (memo[v] ??= readOwnSlots(c, p, v));
  return { subjects: s.subjects, objects: s.objects, agents: s.agents, passive: s.passive };
}

function readOwnSlots(c: SentenceContext, p: Parse, v: number): Slots {
  const out: Slots = { subjects: [], objects: [], agents: [], passive: false };
  let aux = false;
  for (const k of dependentsOf(p)[v]) {
    const l = p.labels[k];
    if ((isSubject(l) && !strayForSubject(c, p, v, k)) || (l === 'compound' && k < v && nounReadVerb(c, p, v)) || contractedSubject(c, p, v, k)) out.subjects.push(k);
    else if ((l === 'obj' || l === 'iobj') && !reportedClauses(c, p).objects.has(k)) out.objects.push(k);
    else if (l === 'obl:agent') out.agents.push(k);
    if (l === 'aux' || l === 'aux:pass') {
      aux = true;
      // The parser's passive labels are trusted only with a passive auxiliary to show for them.
      if (c.tags[v] === 'VBN' && PASSIVE_AUX.has(c.lower[k])) out.passive = true;
      // A past form right after "be" is a participle whatever the tagger made of it ("She was
      // never forced to", tagged as a past tense).
      if (c.tags[v] === 'VBD' && BE.has(c.lower[k]) && onlyAdverbsBetween(c, k, v)) out.passive = true;
    }
  }
  // "According to the Herald, Professor Burrows said": the parse's subject with a preposition of
  // its own is an oblique; the name it hangs after a comma is the subject.
  out.subjects = out.subjects.map((k) => {
    const beside = markedOblique(c, p, k) ? besideOblique(c, p, k, v) : -1;
    if (beside >= 0) return beside;
    const head = phraseOfStraySubject(c, p, k, v);
    return head >= 0 ? head : k;
  });
  if (!out.subjects.length) {
    const name = nameBeforeReadVerb(c, v);
    if (name >= 0) out.subjects = [name];
  }
  // After a quotation a reporting verb's subject may follow it ("…," said the post by an unknown
  // author; "…", added KCNA): the parse reads it as the object. A reporting verb: the event
  // classifier's, or one whose WordNet senses include communication ("added" is often tagged an
  // occurrence).
  if (!out.subjects.length && out.objects.length && isSpeechVerb(c, v) && out.objects[0] <= v + 2 && afterQuotation(c, v)) {
    out.subjects = out.objects;
    out.objects = [];
  }
  // A clause has one subject (with its conjuncts): of several the parse gives, the noun nearest
  // before the verb ("Mr. Tedeschi told": Tedeschi, not Mr; "Minister of Education Stefania
  // Giannini said": not Minister), or the one right after a reporting verb set off by a comma
  // ("Institutional recipients, said Mauer, are": Mauer).
  if (out.subjects.length > 1) {
    const nominal = out.subjects.filter((k) => c.tags[k].startsWith('NN') || c.tags[k] === 'PRP' || c.entityAt[k]);
    const list = nominal.length ? nominal : out.subjects;
    // Not one that gives an example inside another's phrase ("Articles in academic journals
    // including Social Science & Medicine have characterized": including, such as, like).
    const example = (k: number) => {
      const first = subtreeSpan(dependentsOf(p), k, (d) => p.labels[d] === 'punct' || d > k)[0];
      return first > 0 && (c.lower[first - 1] === 'including' || c.lower[first - 1] === 'like' || (c.lower[first - 1] === 'as' && c.lower[first - 2] === 'such'));
    };
    const own = list.filter((k) => !example(k));
    const before = (own.length ? own : list).filter((k) => k < v);
    const inverted = list.find((k) => k === v + 1 && v > 0 && /^[,"'“”‘’]$/.test(c.words[v - 1]));
    out.subjects = [inverted ?? (before.length ? before[before.length - 1] : list[0])];
  }
  // "the troops sent to the border": a past participle modifying a noun is passive (bareAclPast:
  // also one the tagger read as a past tense).
  // A participle with an auxiliary, an object or a relative "that" of its own is a clause the
  // parse hung on a noun ("Last Year more than 300 runners completed the race": the runners did),
  // not a reduced relative.
  if (p.labels[v] === 'acl' && ((c.tags[v] === 'VBN' && !ownClause(c, p, v, aux, out)) || bareAclPast(c, v, aux, out)) && !opensQuotation(c, v)) out.passive = true;
  // A past participle with a subject and no auxiliary, the parse's root: a headline's "Defector
  // arrested after …" (headlines tell what was done in the present tense: a past form there is a
  // participle, however it was tagged), or in running text a reduced relative the parse took for
  // the clause, which a "by" phrase or a comma before it shows ("Each collection donated by the
  // Program"; "Results of the studies, published in …"). Else the tag is the slip: "Police
  // arrested and questioned the student" and "The South retaliated" are active.
  const headline = isHeadline(c);
  const participle = headline ? c.tags[v] === 'VBN' || c.tags[v] === 'VBD' : c.tags[v] === 'VBN' && (out.agents.length > 0 || c.words[v - 1] === ',');
  if (participle && !aux && out.subjects.length && !out.objects.length && p.labels[v] === 'root') {
    let between = false;
    for (let k = out.subjects[0] + 1; k < v; k++) if (c.tags[k].startsWith('VB') || c.tags[k] === 'MD') between = true;
    out.passive = !between;
  }
  // Below the root, a past participle with a subject, no auxiliary and no object is a reduced
  // relative or an absolute the parse gave a clause of its own ("two Syrian teams scheduled to
  // compete", "and their computers seized"); one whose "be" the parse read as a copula is a
  // passive all the same ("She wasn't forced to", "the problem is easily fixed").
  if (c.tags[v] === 'VBN' && !aux && out.subjects.length && !out.objects.length && p.labels[v] !== 'root') out.passive = true;
  if (c.tags[v] === 'VBN' && dependentsOf(p)[v].some((k) => p.labels[k] === 'cop' && PASSIVE_AUX.has(c.lower[k]))) out.passive = true;
  // A past form with a "by" phrase naming someone and no object is a passive, however it was
  // tagged and whatever the parse made of its clause: "offered products, joined by celebrity
  // guests", "the Polaroids donated to USI by the Foundation" (the tagger reads many such
  // participles as past tenses). Not "declined by 25 percent", "arrived by train".
  if (!out.passive && !aux && !out.objects.length && (c.tags[v] === 'VBN' || c.tags[v] === 'VBD')) {
    const by = dependentsOf(p)[v].filter((k) => p.labels[k] === 'obl:agent' || (p.labels[k] === 'obl' && c.entityAt[k] !== null && dependentsOf(p)[k].some((j) => p.labels[j] === 'case' && c.lower[j] === 'by')));
    if (!by.length) {
      const stray = strayAgent(c, p, v);
      if (stray >= 0 && c.entityAt[stray]) by.push(stray);
    }
    if (by.length) {
      out.passive = true;
      out.agents = by;
    }
  }
  // "spoke by phone": a "by" phrase is an agent only of a passive.
  if (!out.passive) out.agents = [];
  else if (!out.agents.some((k) => isAgent(c, k))) {
    const stray = strayAgent(c, p, v);
    if (stray >= 0) out.agents = [stray];
  }
  return out;
}

/** A "by" phrase that names a doer: a name, a pronoun, or a noun WordNet knows no thing sense of ("by rebels", not "by phone"). */
export function isAgent(c: SentenceContext, k: number): boolean {
  if (c.entityAt[k] || c.tags[k] === 'PRP') return true;
  if (!c.tags[k].startsWith('NN')) return false;
  return mayNamePeople(c, k);
}

// How deep below a passive verb's obliques a "by" phrase the parse hung on their nouns is looked for.
const MAX_STRAY_DEPTH = 2;

/**
 * A passive's "by" phrase that the parse hung on the noun of another of the verb's obliques ("was
 * arrested at his school by police", "was returned by mail to the organization by Montalvo",
 * "defeated by 10,694 votes by James To"), or on an -ing clause's obliques: the verb's agent,
 * when it names a doer (isAgent) and comes after the verb, and the noun is no event. -1 when there
 * is none.
 */
function strayAgent(c: SentenceContext, p: Parse, v: number): number {
  const deps = dependentsOf(p);
  const isBy = (k: number) => deps[k].some((j) => p.labels[j] === 'case' && c.lower[j] === 'by');
  let level = deps[v].filter((k) => k > v && (p.labels[k] === 'obl' || p.labels[k] === 'obl:agent'));
  // An -ing clause with its object ("was banned from conducting public worship at archeological
  // sites by the Greek Ministry of Culture"): its active verb has no "by" agent; a "by" phrase
  // among its obliques, or on their nouns, is the passive's.
  const gerunds = deps[v].filter((g) => g > v && p.labels[g] === 'advcl' && c.tags[g] === 'VBG' && deps[g].some((k) => p.labels[k] === 'obj'));
  // A doer named or known to be people ("by boat" is how one enters a country).
  const doer = (k: number) => c.entityAt[k] !== null || c.info[k].nounFields.includes('person') || c.info[k].nounFields.includes('group');
  const obliques = gerunds.flatMap((g) => deps[g].filter((k) => k > g && p.labels[k] === 'obl'));
  const direct = obliques.find((k) => isBy(k) && !c.timex[k] && doer(k));
  if (direct !== undefined) return direct;
  const below = obliques.filter((k) => c.labels[k] === 'O').flatMap((k) => deps[k].filter((j) => p.labels[j] === 'nmod' && isBy(j) && doer(j)));
  if (below.length) return below[0];
  for (let depth = 0; depth < MAX_STRAY_DEPTH && level.length; depth++) {
    // A "by" on an event noun is the event's own ("came around after lobbying by Biden", "followed by a trip by McConnell").
    const next = level.filter((k) => c.labels[k] === 'O').flatMap((k) => deps[k].filter((j) => p.labels[j] === 'nmod'));
    const found = next.find((k) => isBy(k) && !c.timex[k] && isAgent(c, k));
    if (found !== undefined) return found;
    level = next;
  }
  return -1;
}

// Words a noun phrase may hold between its opening and a present-tense verb after it.
const PHRASE_WORD_RE = /^(DT|PDT|PRP\$|JJ[RS]?|CD|NNP?S?|POS|IN|HYPH|VBG|VBN)$/;

/**
 * "According to X, the participation of this team in this science competition shows progress",
 * the parse's relative clause on "science": a present tense with no subject and no relative word
 * is no relative clause (one without a relative word has its own subject, "the robot the team
 * built"). Its subject is the phrase that runs from the clause's opening (the sentence's start, a
 * comma, a semicolon) to the verb, with no verb in it: its first noun (the head, which the "of"
 * and "in" phrases complete), when its number agrees with the verb. -1 when there is none.
 */
function relativeWithoutRelative(c: SentenceContext, p: Parse, v: number): number {
  if (c.tags[v] !== 'VBZ' && c.tags[v] !== 'VBP') return -1;
  if (dependentsOf(p)[v].some((k) => k < v && (RELATIVE.has(c.lower[k]) || c.tags[k].startsWith('W')))) return -1;
  let b = v - 1;
  while (b >= 0 && !/^[,;:]$/.test(c.words[b])) {
    if (!PHRASE_WORD_RE.test(c.tags[b]) || c.quoted[b] || RELATIVE.has(c.lower[b])) return -1;
    b--;
  }
  let k = b + 1;
  while (k < v && !c.tags[k].startsWith('NN')) k++;
  if (k >= v) return -1;
  // The head is the last noun of the first run ("the science competition").
  while (k + 1 < v && c.tags[k + 1].startsWith('NN')) k++;
  if (k + 1 === v) return -1;
  const plural = c.tags[k] === 'NNS' || c.tags[k] === 'NNPS';
  return plural === (c.tags[v] === 'VBP') ? k : -1;
}

/**
 * "The group whose three robots earned the most points won that match", parsed as "earned" the
 * main verb (its subjects "group" and "robots") and "won" its conjunct with the subject "points":
 * a conjunct with no "and" or comma before it, whose one subject is a noun phrase right after the
 * first verb, and that verb an object short, is the main verb after a "whose" clause; its subject
 * is the noun before "whose". -1 otherwise.
 */
function afterWhoseClause(c: SentenceContext, p: Parse, v: number, h: number, subjects: readonly number[]): number {
  if (h > v || subjects.length !== 1 || subjects[0] < h || !FINITE_TAGS.has(c.tags[v])) return -1;
  const deps = dependentsOf(p);
  if (deps[h].some((k) => p.labels[k] === 'obj' || p.labels[k] === 'ccomp' || p.labels[k] === 'xcomp')) return -1;
  for (let k = h + 1; k < v; k++) if (!/^(DT|PDT|JJ[RS]?|RBS|CD|NNP?S?|PRP\$|POS)$/.test(c.tags[k])) return -1;
  const whose = c.lower.indexOf('whose');
  if (whose < 1 || whose > h) return -1;
  const noun = deps[h].find((k) => k < whose && whose - k <= 2 && p.labels[k] === 'nsubj' && (c.tags[k].startsWith('NN') || c.entityAt[k] !== null));
  return noun ?? -1;
}

/** The slots of verb v, with a subject implied by its place in the tree when it has none. */
function slotsOf(c: SentenceContext, p: Parse, v: number, hops = 0): Slots {
  const s = ownSlots(c, p, v);
  const h = p.heads[v];
  const rel = p.labels[v];
  if (rel === 'conj' && h >= 0) {
    const main = afterWhoseClause(c, p, v, h, s.subjects);
    if (main >= 0) s.subjects = [main];
  }
  if (rel === 'acl:relcl' && h >= 0) {
    // "which bought", "that X signed": the relative pronoun is the noun the clause modifies.
    const swap = (list: number[]) => list.map((k) => (RELATIVE.has(c.lower[k]) ? h : k));
    // "Most iodine in food comes from seafood" read as iodine modified by "in food comes": a
    // subject with a preposition of its own is the modified noun's phrase, not the clause's subject.
    // Not a subject whose preposition may open a clause ("before the latest reports … came to
    // light", "after the market closed": the clause's own subject), nor a participle's ("its fight
    // against a takeover bid launched last week by X": a reduced relative on the bid).
    const opens = eventLexicon().words.subordinator;
    const strayPhrase = (k: number) => markedOblique(c, p, k) && c.tags[v] !== 'VBN' && !dependentsOf(p)[k].some((j) => j < k && p.labels[j] === 'case' && opens.has(c.lower[j]));
    s.subjects = swap(s.subjects).filter((k) => k === h || !strayPhrase(k));
    s.objects = swap(s.objects);
    if (!s.subjects.length) {
      const head = relativeWithoutRelative(c, p, v);
      s.subjects = [head >= 0 ? head : h];
    }
    return s;
  }
  s.subjects = s.subjects.map((k) => relativeAntecedent(c, k));
  if (!s.subjects.length) {
    const r = reportedClauses(c, p).subjectOf.get(v);
    if (r !== undefined) {
      s.subjects = [r];
      return s;
    }
  }
  if (!s.subjects.length && hops < MAX_HOPS) {
    const first = invertedConjunct(c, p, v);
    if (first >= 0) {
      s.subjects = slotsOf(c, p, first, hops + 1).subjects;
      if (s.subjects.length) return s;
    }
  }
  if (!s.subjects.length) {
    const unmarked = unmarkedSubject(c, p, v);
    if (unmarked >= 0) {
      s.subjects = [unmarked];
      return s;
    }
  }
  // Not where the parse gave a "by" phrase (a passive's subject is its target).
  if (!s.subjects.length && !s.agents.length) {
    const subordinated = subordinatedSubject(c, p, v);
    if (subordinated >= 0) {
      s.subjects = [subordinated];
      return s;
    }
  }
  if (!s.subjects.length) {
    const stranded = strandedSubject(c, p, v);
    if (stranded >= 0) {
      s.subjects = [stranded];
      return s;
    }
  }
  if (!s.subjects.length) {
    const inside = subjectInOpening(c, p, v);
    if (inside >= 0) {
      s.subjects = [inside];
      return s;
    }
  }
  // Its own verb's only: not a source another verb reaches over the parse's slips.
  if (!s.subjects.length && hops === 0) {
    const source = accordingSource(c, p, v);
    if (source >= 0) {
      s.subjects = [source];
      return s;
    }
  }
  if (s.subjects.length || h < 0 || hops >= MAX_HOPS) return s;
  const marked = markedSubject(c, p, v);
  if (marked >= 0) {
    s.subjects = [marked];
    return s;
  }
  // "PC World's recent analysis of its own web traffic statistics concluded, \"Usually, …": a
  // reporting verb the parse hung on a noun, that opens a quotation, is the sentence's verb; its
  // subject the head of the phrase before it.
  if (rel === 'acl' && opensQuotation(c, v) && !s.objects.length) {
    const b = phraseOpening(c, v - 1);
    const head = b < -1 ? -1 : firstNounHead(c, b + 1, v);
    if (head >= 0) {
      s.subjects = [head];
      return s;
    }
  }
  // The one tensed verb of a sentence whose root is a noun before it, the parse's adjective of
  // the noun after it ("Photos released of the scene showed numerous bloodied bodies": showed an
  // amod of bodies), right after the phrase of that noun: the root noun is its subject.
  if (rel === 'amod' && c.tags[v] === 'VBD' && v > 0 && c.tags[v - 1].startsWith('NN')) {
    const root = p.heads.indexOf(-1);
    const tensed = (k: number) => !c.quoted[k] && FINITE_TAGS.has(c.tags[k]);
    if (root >= 0 && root < v && c.tags[root].startsWith('NN') && !c.quoted[v] && c.tags.every((_, k) => k === v || !tensed(k))) {
      s.subjects = [root];
      return s;
    }
  }
  if (rel === 'xcomp') {
    // Object control ("invited X to attend", "required the team to travel"), else subject control.
    const parent = slotsOf(c, p, h, hops + 1);
    s.subjects = ownSlots(c, p, h).objects.length ? ownSlots(c, p, h).objects : parent.subjects;
  } else if (rel === 'conj') {
    const parent = slotsOf(c, p, c.tags[v] === 'VBN' ? h : (infinitiveConjunct(c, p, v, h) ?? modalConjunct(c, p, v, h) ?? verbOnWordRoot(c, p, v, h) ?? verbOfConjunct(c, p, h)), hops + 1);
    // Only a conjunct right after its conjunction or comma shares the subject ("X arrived and met
    // Y"); a word before its verbal group is its own subject the parse missed ("the Home
    // Secretary and I are working", "currently 190 universities have accepted").
    const g = groupStart(c, v) - 1;
    s.subjects = g >= 0 && (c.tags[g] === 'CC' || c.words[g] === ',') ? parent.subjects : [];
    // "The group whose three robots earned the most points won that match": the main verb the
    // parse hung on the relative clause before it, no conjunction between, is the modified noun's.
    if (g >= 0 && !s.subjects.length && p.labels[h] === 'acl:relcl' && p.heads[h] < h && FINITE_TAGS.has(c.tags[v]) && (c.tags[p.heads[h]].startsWith('NN') || c.entityAt[p.heads[h]])) {
      // A restrictive clause (no comma opens it) that ends right before the verb.
      const [from, to] = subtreeSpan(dependentsOf(p), h, (d) => d >= v || p.labels[d] === 'punct');
      // Not when the clause ends in a noun after "and" ("a store owner they took hostage and police
      // found the body": police a conjunct of hostage in the parse, the verb's own subject).
      if (to === g && c.words[from - 1] !== ',' && !(p.labels[to] === 'conj' && c.tags[to].startsWith('NN'))) s.subjects = [p.heads[h]];
    }
    // "was arrested and charged": a participle shares the passive of its first conjunct.
    if (parent.passive && c.tags[v] === 'VBN') s.passive = true;
    if (!s.agents.length && s.passive) s.agents = parent.agents;
  } else if (rel === 'advcl' && NON_FINITE.has(c.tags[v])) {
    s.subjects = c.tags[v] === 'VB' ? purposeSubjects(c, p, h, v, hops) : slotsOf(c, p, h, hops + 1).subjects;
    if (c.tags[v] === 'VBN') s.passive = true;
  } else if (rel === 'acl' && (c.tags[v] === 'VBN' || c.tags[v] === 'VBG' || s.passive || (c.tags[v] === 'VBD' && actingNoun(c, p, h, v)))) {
    s.subjects = [c.tags[v] === 'VBG' ? nearerNoun(c, p, h, v) : h];
  } else if (rel === 'acl' && c.tags[v] === 'VB' && nounReadVerb(c, p, h)) {
    // "the organization plans to hold": the infinitive of a verb the tagger read as a noun.
    s.subjects = slotsOf(c, p, h, hops + 1).subjects;
  } else if (rel === 'acl' && c.tags[v] === 'VB' && p.labels[h] === 'obj' && c.labels[h] === 'O' && (c.entityAt[h] || c.tags[h].startsWith('NN'))) {
    // "required the team to travel", "asked schools to pay": an infinitive the parse hung on the
    // object of a verb is that object's doing (object control), unless the object is an event
    // ("took action to allow").
    s.subjects = [h];
  }
  return s;
}

// Relations the parse gives the first of two coordinated clauses when it hangs it on the second.
const INVERTED_LABELS = new Set(['ccomp', 'parataxis']);

/**
 * The first of two coordinated clauses when the parse hung it on the second, a verb without a
 * subject after "and" ("Cooper said her party had backed the idea, and said it was damning": the
 * first "said" a ccomp of the second): a verb with a subject of its own, left of the conjunction.
 * -1 when there is none.
 */
function invertedConjunct(c: SentenceContext, p: Parse, v: number): number {
  const deps = dependentsOf(p)[v];
  const cc = deps.find((k) => k < v && p.labels[k] === 'cc' && c.tags[k] === 'CC');
  if (cc === undefined || groupStart(c, v) - 1 !== cc) return -1;
  const first = deps.find((k) => k < cc && INVERTED_LABELS.has(p.labels[k]) && c.tags[k].startsWith('VB'));
  return first !== undefined && ownSlots(c, p, first).subjects.length > 0 ? first : -1;
}

/**
 * The noun an -ing participle hung on h does: the noun of h's "of" phrase when that phrase ends
 * right before the participle ("Images of the boy wearing a T-shirt": the boy wears it, not the
 * images); else h.
 */
function nearerNoun(c: SentenceContext, p: Parse, h: number, v: number): number {
  const k = v - 1;
  if (k <= h || p.heads[k] !== h || p.labels[k] !== 'nmod' || c.timex[k] || !(c.tags[k].startsWith('NN') || c.entityAt[k])) return h;
  return dependentsOf(p)[k].some((j) => p.labels[j] === 'case' && c.lower[j] === 'of') ? k : h;
}

/**
 * A past tense the parse hung on the noun right before it that is no participle (bareAclPast: a
 * change of state or a motion, "after at least one shell landed near the area"; or one with a
 * clause of its own, "hackers targeted data systems") is that noun's doing; not a noun inside a
 * prepositional phrase ("the money in this election came from": the money came). A preposition
 * that may open a clause is the clause's ("after" above).
 */
function actingNoun(c: SentenceContext, p: Parse, h: number, v: number): boolean {
  if (!(c.tags[h].startsWith('NN') || c.entityAt[h]) || !onlyAdverbsBetween(c, h, v)) return false;
  const opens = eventLexicon().words.subordinator;
  return !dependentsOf(p)[h].some((k) => p.labels[k] === 'case' && !isPossessiveMark(c, k) && !opens.has(c.lower[k]));
}

const SOCIAL_TOKEN_RE = /^[#@]\p{L}/u;

// Relations that keep a word inside the noun phrases of a verb's objects and obliques.
const NOMINAL_LABELS = new Set(['obj', 'iobj', 'obl', 'nmod', 'appos', 'compound', 'flat']);

/**
 * The infinitive a base-form conjunct is coordinated with when the parse hung it on a tensed verb
 * before ("launched a campaign to persuade users to stop using IE6 and update to a newer IE": update
 * a conj of launched): the nearest "to" infinitive between them, or the verb's own bare infinitive
 * after its object ("helped him leave the group and get in touch with …": get a conj of helped).
 * null when there is none.
 */
function infinitiveConjunct(c: SentenceContext, p: Parse, v: number, h: number): number | null {
  const tensed = FINITE_TAGS.has(c.tags[h]) || dependentsOf(p)[h].some((k) => p.labels[k] === 'aux' && c.lower[k] !== 'to');
  if (c.tags[v] !== 'VB' || !tensed || h > v) return null;
  for (let j = v - 1; j > h; j--) {
    if (c.tags[j] === 'VB' && c.lower[groupStart(c, j)] === 'to') return j;
    // A bare infinitive after the verb's object ("helped him leave the group and get a job"; the
    // tagger may read it as a present tense): the verb's xcomp.
    if ((c.tags[j] === 'VB' || c.tags[j] === 'VBP') && p.heads[j] === h && p.labels[j] === 'xcomp' && groupStart(c, j) === j && dependentsOf(p)[h].some((k) => k < j && p.labels[k] === 'obj')) return j;
  }
  return null;
}

/**
 * The verb a verb conjunct goes with when the parse made a word that is no verb the sentence's root
 * and hung both verbs on it ("Psychology major at University of Texas Arlington Amneh Jafari heard
 * of the incident and wanted to issue her support": major the root, heard its parataxis, wanted
 * its conjunct): the nearest verb between them hung on the root with a subject of its own. null
 * when there is none.
 */
function verbOnWordRoot(c: SentenceContext, p: Parse, v: number, h: number): number | null {
  if (p.heads[h] !== -1 || h > v || c.tags[h].startsWith('VB') || dependentsOf(p)[h].some((k) => p.labels[k] === 'cop')) return null;
  for (let w = v - 1; w > h; w--) {
    if (p.heads[w] === h && /^(parataxis|acl|conj)$/.test(p.labels[w]) && (c.tags[w].startsWith('VB') || nounReadVerb(c, p, w) || c.labels[w] !== 'O') && ownSlots(c, p, w).subjects.length) return w;
  }
  return null;
}

/**
 * The verb with a modal a base-form conjunct goes with when the parse hung both on a tensed verb
 * before ("Wikinews observed the Polaroid-room, where attendees could wear a wig or don glasses
 * and have their own Polaroid taken": wear and have conjuncts of observed): the nearest such
 * conjunct between them; a base form cannot follow a past or third-person tense by "and" alone.
 * null when there is none.
 */
function modalConjunct(c: SentenceContext, p: Parse, v: number, h: number): number | null {
  const deps = dependentsOf(p);
  if ((c.tags[v] !== 'VB' && c.tags[v] !== 'VBP') || h > v || (c.tags[h] !== 'VBD' && c.tags[h] !== 'VBZ')) return null;
  if (deps[v].some((k) => p.labels[k] === 'aux' || p.labels[k] === 'aux:pass')) return null;
  for (let w = v - 1; w > h; w--) {
    if (p.heads[w] === h && p.labels[w] === 'conj' && c.tags[w] === 'VB' && deps[w].some((k) => p.labels[k] === 'aux' && c.tags[k] === 'MD')) return w;
  }
  return null;
}

/**
 * The verb a verb conjunct is coordinated with, when the parse hung it on a noun of that verb's
 * objects or obliques ("She chose the hashtag and posted to Twitter", "wanted to meet with his son
 * and express their support"): the verb above the noun. h itself when it is no noun. (A past
 * participle so hung is most often an adjective: "not credentialed media or invited members".)
 */
function verbOfConjunct(c: SentenceContext, p: Parse, h: number): number {
  // A hashtag or handle is a name, whatever the tagger made of it ("chose the hashtag
  // #StandWithAnna and posted": the hashtag read as a past tense, posted its conjunct).
  while (SOCIAL_TOKEN_RE.test(c.words[h]) && p.heads[h] >= 0) h = p.heads[h];
  let k = h;
  for (let n = 0; n < MAX_HOPS && (c.tags[k].startsWith('NN') || c.entityAt[k]) && NOMINAL_LABELS.has(p.labels[k]) && p.heads[k] >= 0; n++) k = p.heads[k];
  return k !== h && c.tags[k].startsWith('VB') ? k : h;
}

/**
 * Who does what an infinitive adverbial clause says (one with "for X" before it is X's: markedSubject):
 * the object of a verb whose WordNet frames take an object and an infinitive ("caused a mass exodus
 * to head": the parse's advcl for an xcomp); else the subject of the clause it hangs on, a purpose
 * ("Police used tear gas to disperse the crowd": the police disperse it, not the gas).
 */
/**
 * Whom a verb of motion takes somewhere goes there to do what the infinitive after it says ("took
 * players to investigate the murder", "has dispatched agents to the region to investigate"): an
 * object that can act, the infinitive after its phrase with no verb, modal or wh-word between (not
 * "take the boy to another country or harm him if they lose their battle to block": another
 * clause's infinitive the parse hung on the verb). Not a quantity ("scrambled hundreds of times to intercept"), a time ("met aides Wednesday
 * to assess": the parse's object), or a noun whose first sense is no person or group ("raise cash
 * to meet redemptions").
 */
function movedAgent(c: SentenceContext, p: Parse, k: number, v: number): boolean {
  const deps = dependentsOf(p);
  if (c.timex[k] || !isAgent(c, k)) return false;
  const fields = c.info[k].nounFields;
  if (c.tags[k].startsWith('NN') && !c.entityAt[k] && fields.length && fields[0] !== 'person' && fields[0] !== 'group') return false;
  if (deps[k].some((j) => p.labels[j] === 'nmod' && deps[j].some((m) => p.labels[m] === 'case' && c.lower[m] === 'of'))) return false;
  const [, end] = subtreeSpan(deps, k, (d) => d >= v);
  for (let j = end + 1; j < v; j++) if (c.tags[j].startsWith('VB') || c.tags[j] === 'MD' || c.tags[j] === 'WDT' || c.tags[j] === 'WRB') return false;
  return v > end;
}

function purposeSubjects(c: SentenceContext, p: Parse, h: number, v: number, hops: number): number[] {
  const objects = ownSlots(c, p, h).objects;
  if (objects.length && c.info[h].frames.includes('objinf')) return objects;
  if (objects.length && c.info[h].verbFields.includes('motion') && objects.every((k) => movedAgent(c, p, k, v))) return objects;
  return slotsOf(c, p, h, hops + 1).subjects;
}

/**
 * The subject a preposition marks right before a non-finite verb: "for X to V" ("allowed for her
 * to attend", "areas set up for attendees to try"), "with X V-ing" ("the match ended with Sweden
 * winning"). The parse hangs X on the verb before; -1 when there is none.
 */
function markedSubject(c: SentenceContext, p: Parse, v: number): number {
  const tag = c.tags[v];
  if (tag !== 'VB' && tag !== 'VBG') return -1;
  let x = v - 1;
  while (x > 0 && c.tags[x] === 'RB') x--;
  if (tag === 'VB') {
    if (c.lower[x] !== 'to') return -1;
    x--;
  }
  if (x < 0 || x === p.heads[v] || !(c.tags[x].startsWith('NN') || c.tags[x] === 'PRP' || objectHer(c, x) || c.entityAt[x])) return -1;
  const mark = tag === 'VB' ? 'for' : 'with';
  return dependentsOf(p)[x].some((k) => p.labels[k] === 'case' && c.lower[k] === mark) ? x : -1;
}

/**
 * The names of argument word a and its conjuncts. A subject before its verb v has no conjunct
 * after it ("PC World's recent analysis … concluded, \"… is the #2 browser": browser a conjunct
 * of analysis in the parse).
 */
export function namesOf(c: SentenceContext, p: Parse, a: number, focus: Focus, v = -1): string[] {
  const out = nameOf(c, p, a, focus);
  const deps = dependentsOf(p);
  // A conjunct the parse hangs on the last word of a name ("Maria Lopez and John Park": John is a
  // conj of Lopez, the flat word) is the name's conjunct.
  const words = [a, ...deps[a].filter((k) => p.labels[k] === 'flat' && c.entityAt[k] !== null && c.entityAt[k] === c.entityAt[a])];
  // Not a conjunct with a preposition of its own ("Hillary Clinton, like Obama, has encouraged"): a comparison.
  for (const w of words) for (const k of deps[w]) if (p.labels[k] === 'conj' && (c.tags[k].startsWith('NN') || c.tags[k] === 'PRP') && !markedOblique(c, p, k) && !(a < v && k > v)) out.push(...nameOf(c, p, k, focus));
  return out;
}

// How many sentences back "they" may reach for the actor it stands for.
const PLURAL_MEMORY = 2;

/** "they" stands for the last plural actor (focus.plural) when no group of names is in focus and that actor is recent. */
export function pluralInFocus(focus: Focus): boolean {
  return focus.sentence - focus.groupSentence > 4 && focus.sentence - focus.pluralSentence <= PLURAL_MEMORY;
}

/**
 * A "someone", "anyone", "no one" … before token i in its sentence: a "they" (their) after it most
 * often stands for that unnamed person ("if someone arrives illegally they will not be able to
 * stay"), not for a group named before.
 */
export function indefiniteBefore(c: SentenceContext, i: number): boolean {
  return indefiniteAt(c, i) >= 0;
}

/** The token of the first "someone", "no one" … before token i in its sentence, or -1. */
function indefiniteAt(c: SentenceContext, i: number): number {
  const lex = eventLexicon();
  for (let k = 0; k < i; k++) if (lex.words.indefinite.has(c.lower[k]) || phraseAt(c.lower, k, lex.phrases.indefinite) > 0) return k;
  return -1;
}

// Indefinites that deny there is anyone: a "they" bound by one names no one who acts.
const NEGATIVE_INDEFINITE = new Set(['nobody', 'no']);

/**
 * The unnamed person a "they" after "someone", "anyone", "everyone" … stands for, named by that
 * word ("if someone arrives illegally they will not be able to stay": someone will not); none after
 * "no one" or "nobody", who does nothing.
 */
function indefiniteName(c: SentenceContext, i: number): string[] {
  const k = indefiniteAt(c, i);
  if (k < 0 || NEGATIVE_INDEFINITE.has(c.lower[k])) return [];
  return [c.words[k]];
}

function nameOf(c: SentenceContext, p: Parse, a: number, focus: Focus): string[] {
  // "A storm yesterday caused …": a time word the parse made the head of the noun before it
  // (compound) is when; the noun is the argument.
  if (c.timex[a]) {
    const noun = dependentsOf(p)[a].find((k) => k < a && p.labels[k] === 'compound' && !c.timex[k] && (c.tags[k].startsWith('NN') || c.entityAt[k] !== null));
    if (noun !== undefined) a = noun;
  }
  // "one in three visits to the site came", "two of the suspects fled": a number the parse made
  // the head stands for part of the noun its "of" or "in" phrase names; that noun is who.
  if (c.tags[a] === 'CD' && !c.entityAt[a] && !c.timex[a]) {
    const deps = dependentsOf(p);
    const part = deps[a].find((k) => k > a && p.labels[k] === 'nmod' && (c.tags[k] === 'NNS' || c.tags[k] === 'NNPS' || c.entityAt[k] !== null) && deps[k].some((j) => p.labels[j] === 'case' && (c.lower[j] === 'of' || c.lower[j] === 'in')));
    if (part !== undefined) a = part;
  }
  if (c.entityAt[a]) return [entityName(c, a)];
  const e = nameAfter(c, p, a) ?? acronymEntity(c.words[a], focus);
  if (e) return [e.name];
  // "for her to attend", "asking her": the object pronoun, tagged as a possessive; not before a
  // noun it may be the possessive of ("ditched her escort": the parse's slip).
  if (objectHer(c, a)) return pronounValue(c, a, focus);
  if (c.tags[a] === 'PRP' && c.lower[a] !== 'he' && c.lower[a] !== 'she' && c.lower[a] !== 'him' && c.lower[a] !== 'her') {
    const w = c.lower[a];
    if ((w === 'they' || w === 'them') && indefiniteBefore(c, a)) return indefiniteName(c, a);
    if (w === 'they') {
      const body = speakersBody(c, p, a, focus);
      if (body) return [body];
    }
    if (w === 'they') {
      const reporters = pluralReporters(c, p, a, focus);
      if (reporters.length) return reporters;
    }
    if ((w === 'they' || w === 'them') && pluralInFocus(focus)) return [...focus.plural];
    if (w === 'it') {
      if (!referential(c, p, a)) return [];
      const r = resolvedPronoun(c, a, focus);
      return r.length ? r : singularReporter(c, p, a, focus);
    }
    if ((w === 'they' || w === 'them') && referential(c, p, a)) {
      const r = resolvedPronoun(c, a, focus);
      if (r.length) return r;
    }
    // "They say …" that nothing else names: the people who last reported.
    if (w === 'they' && !c.quoted[a] && p.labels[a] === 'nsubj' && p.heads[a] >= 0 && c.labels[p.heads[a]] === 'REPORTING') {
      const s = sayersInFocus(focus);
      if (s.length) return s;
    }
  }
  // The phrase: the words left of the head that hang on it (or on one another) inside the phrase.
  let from = a;
  while (from > 0 && a - from + 1 < MAX_PHRASE + 1) {
    const k = from - 1;
    const h = p.heads[k];
    if (h < k || h > a || !PHRASE_PARTS.has(p.labels[k])) break;
    from = k;
  }
  const names = phraseValue(c, from, a, focus);
  if (names.length || !(c.tags[a].startsWith('NN') || nounTaggedOtherwise(c, p, a)) || c.timex[a]) return names;
  // A long or event-headed phrase: its head with the modifiers right before it ("the attack",
  // "thousands of fans": "thousands").
  let first = a;
  while (first > 0 && a - first < 2 && p.heads[first - 1] === a && /^(compound|amod)$/.test(p.labels[first - 1]) && /^\p{L}[\p{L}-]*$/u.test(c.words[first - 1])) first--;
  return /^\p{L}[\p{L}.'’-]*$/u.test(c.words[a]) ? [c.text.slice(c.tokens[first].start, c.tokens[a].end)] : [];
}

/**
 * The one subject of the reporting verb whose reported clause has the pronoun `a` as its subject,
 * outside quotation marks ("The airlines have said that they will raise fares", "The company said
 * it expects"), as slotsOf finds it (past the parse's slips: "other sites such as Example.com have
 * stated that they will keep", sites a conjunct of an earlier verb); -1 when there is none, more
 * than one, a passive, a name (the shared resolver reads those), a quoted word or a subject after
 * the pronoun. Only REPORTING verbs: with any verb of communication, "make appeals to voters to
 * ensure that they turn out" gave the appeals (PolNeAR dev).
 */
function reporterSubject(c: SentenceContext, p: Parse, a: number): number {
  const v = p.heads[a];
  if (c.quoted[a] || !isSubject(p.labels[a]) || v < 0 || p.labels[v] !== 'ccomp') return -1;
  const r = p.heads[v];
  if (r < 0 || r > a || c.labels[r] !== 'REPORTING') return -1;
  const s = slotsOf(c, p, r);
  if (s.passive || s.subjects.length !== 1) return -1;
  const k = s.subjects[0];
  return k > a || c.entityAt[k] || c.quoted[k] ? -1 : k;
}

/** "they" reported (reporterSubject): that subject when it is a plural common noun, whatever WordNet makes of it: what says something can be a "they". */
function pluralReporters(c: SentenceContext, p: Parse, a: number, focus: Focus): string[] {
  const k = reporterSubject(c, p, a);
  return k >= 0 && c.tags[k] === 'NNS' ? namesOf(c, p, k, focus) : [];
}

/**
 * "it" reported (reporterSubject): that subject when it is a singular common noun: no time ("this
 * month announced it would": the parse's subject), no person or role ("the mayor said, adding that
 * it would take more hours").
 */
function singularReporter(c: SentenceContext, p: Parse, a: number, focus: Focus): string[] {
  const k = reporterSubject(c, p, a);
  if (k < 0 || c.timex[k] || c.tags[k] !== 'NN') return [];
  if (isRoleWord(c.words[k], true) || c.info[k].nounFields.includes('person') || c.info[k].nounFields.includes('time')) return [];
  return namesOf(c, p, k, focus);
}

/**
 * "Lydia Brandt for the Harbour Authority says they are looking at new rules", "Tom Reed, a
 * spokesman for Acme Holdings, said they would appeal": "they" as the subject of what a person
 * reports is the one organisation the person speaks for, named right after the name ("for",
 * "from", "of") or in the person's role. Null when there is none, or more than one.
 */
function speakersBody(c: SentenceContext, p: Parse, a: number, focus: Focus): string | null {
  const v = p.heads[a];
  if (!isSubject(p.labels[a]) || v < 0 || p.labels[v] !== 'ccomp') return null;
  const r = p.heads[v];
  if (r < 0 || !isSpeechVerb(c, r)) return null;
  const speaker = dependentsOf(p)[r].find((k) => isSubject(p.labels[k]) && k < r && c.entityAt[k]?.type === 'PERSON');
  // Not a "they" before the speaker ('"They were trying to attend a vigil," Moskal said'): a
  // quotation that opens its sentence goes on from what came before, the people named there.
  if (speaker === undefined || speaker > a) return null;
  const person = c.entityAt[speaker]!;
  const deps = dependentsOf(p);
  // The phrase's first organisation: its head may be a place the recogniser split off ("for Food
  // Standards Australia New Zealand": Zealand).
  // The phrase may hang on the name's last word ("Tom Reed of Acme Holdings": on Reed).
  const words = [speaker, ...deps[speaker].filter((k) => p.labels[k] === 'flat' && c.entityAt[k] === person)];
  for (const k of words.flatMap((w) => deps[w])) {
    const mark = deps[k].find((j) => p.labels[j] === 'case' && (c.lower[j] === 'for' || c.lower[j] === 'from' || c.lower[j] === 'of'));
    if (p.labels[k] !== 'nmod' || mark === undefined) continue;
    for (let j = mark + 1; j <= k; j++) if (c.entityAt[j]?.type === 'ORGANIZATION') return c.entityAt[j]!.name;
    if (c.lower[mark] === 'of') continue;
    // A name of capitalised words the recogniser left out or split into places, opened by a word
    // of no entity ("for Food Standards Australia New Zealand"; not "from Springfield, Va.").
    let first = mark + 1;
    while (first < k && c.tags[first] === 'DT') first++;
    const proper = (j: number) => /^NNPS?$/.test(c.tags[j]) && /^\p{Lu}/u.test(c.words[j]);
    if (k - first < 1 || c.entityAt[first] || ![...Array(k - first + 1).keys()].every((d) => proper(first + d))) continue;
    let last = k;
    while (last + 1 < c.words.length && proper(last + 1)) last++;
    return c.text.slice(c.tokens[first].start, c.tokens[last].end);
  }
  const byName = focus.resolver().byName;
  const bodies = person.affiliations.filter((n) => byName.get(n)?.type === 'ORGANIZATION');
  return bodies.length === 1 ? bodies[0] : null;
}

/** "her" at a, tagged as a possessive, with no noun phrase after it that it could be the possessive of. */
function objectHer(c: SentenceContext, a: number): boolean {
  if (c.tags[a] !== 'PRP$' || c.lower[a] !== 'her') return false;
  const next = a + 1 < c.words.length ? c.tags[a + 1] : '';
  return !/^(NN|JJ|CD|VBG|VBN|RB)/.test(next) && !c.entityAt[a + 1];
}

/**
 * An argument word the tagger read as a verb or an adjective that is a noun here: WordNet knows it
 * as a noun ("schools can run", schools as VBZ; "undernourishment would increase", as JJ), or an
 * article hangs on it ("an independent who does not claim"). Not a quantifier ("many are not
 * getting", "several"): WordNet lists no noun of those and no article comes before them. Not a
 * participle or gerund ("smoking kills": a clause, not a participant).
 */
function nounTaggedOtherwise(c: SentenceContext, p: Parse, a: number): boolean {
  if (!/^(JJ|VB|VBZ|VBP|VBD)$/.test(c.tags[a]) || !/^\p{L}[\p{L}-]*$/u.test(c.words[a])) return false;
  return c.info[a].nounFields.length > 0 || dependentsOf(p)[a].some((k) => p.labels[k] === 'det' && /^(a|an|the)$/.test(c.lower[k]));
}

/** "Mr Key", "Professor Eastman": a title heading the name that follows it (flat). */
function nameAfter(c: SentenceContext, p: Parse, a: number): SentenceContext['entityAt'][number] {
  for (const k of dependentsOf(p)[a]) if (k > a && p.labels[k] === 'flat' && c.entityAt[k]?.type === 'PERSON') return c.entityAt[k];
  // A title (a proper noun no name holds) whose phrase ends in a person's name ("Minister of
  // Health Ana Lindqvist", the name hung on the title as nmod): the person. Not a common noun:
  // "critics like Ana Lindqvist" are more than her.
  if (c.entityAt[a] || c.tags[a] !== 'NNP') return null;
  const last = subtreeSpan(dependentsOf(p), a, (k) => /^(punct|acl|acl:relcl|ccomp|advcl|conj|cc)$/.test(p.labels[k]))[1];
  const e = c.entityAt[last];
  if (last > a && e?.type === 'PERSON' && /^(appos|nmod|flat|compound)$/.test(p.labels[headInside(c, p, last, a)])) return e;
  return null;
}

/** The word of last's mention that hangs outside the mention, below a. */
function headInside(c: SentenceContext, p: Parse, last: number, a: number): number {
  let k = last;
  while (p.heads[k] >= 0 && p.heads[k] !== a && c.entityAt[p.heads[k]] === c.entityAt[last]) k = p.heads[k];
  return k;
}

/**
 * The noun a relative pronoun stands for when the parse did not hang its clause on that noun
 * ("his travel ban, which does not cover X" read as a clause of its own): the noun right before
 * the pronoun, past a comma.
 */
function relativeAntecedent(c: SentenceContext, k: number): number {
  if (!RELATIVE.has(c.lower[k]) || (c.tags[k] !== 'WDT' && c.tags[k] !== 'WP')) return k;
  let j = k - 1;
  if (j >= 0 && c.words[j] === ',') j--;
  if (j < 0 || !(c.tags[j].startsWith('NN') || c.entityAt[j])) return k;
  // "who" is a person's: after an organisation's or a place's name ending an "of" phrase, the
  // noun the phrase completes ("former members of Scientology, who helped him": members).
  const e = c.entityAt[j];
  if ((c.lower[k] === 'who' || c.lower[k] === 'whom') && e && e.type !== 'PERSON') {
    let f = mentionBounds(c, j)[0];
    if (f > 0 && c.tags[f - 1] === 'DT') f--;
    // A noun that may name people ("the case of Elian, who was rescued": Elian, the recogniser's
    // slip for a person; case names none).
    if (f > 1 && c.lower[f - 1] === 'of' && /^NNS?$/.test(c.tags[f - 2]) && !c.entityAt[f - 2] && mayNamePeople(c, f - 2)) return f - 2;
  }
  return j;
}

/**
 * Whether "they" can stand for the plural subject headed by a: a name, or a common noun WordNet
 * knows no sense of as a thing, an act or an idea (the senses it lists are those; people and
 * groups it lists only as groups): "the researchers", "schools", not "the results", "visas".
 */
function canBeThey(c: SentenceContext, a: number): boolean {
  if (c.entityAt[a]) return true;
  const fields = c.info[a].nounFields;
  return fields.length === 0 || fields.includes('group') || fields.includes('person');
}

/** Remember who acted for later "they" and "it". */
function remember(c: SentenceContext, p: Parse, v: number, subjects: readonly number[], names: readonly string[], focus: Focus): void {
  if (!names.length || !subjects.length) return;
  const a = subjects[0];
  // The object a purpose infinitive takes as its doer ("dispatched agents to the region to
  // investigate") is its clause's object still: a later "they" stands for a subject, not for it
  // ("Police said they had arrested").
  if (c.tags[a] === 'PRP' || (p.labels[v] === 'advcl' && p.labels[a] === 'obj' && p.heads[a] === p.heads[v])) return;
  const plural = subjects.length > 1 || names.length > 1 || c.tags[a] === 'NNS' || c.tags[a] === 'NNPS' || dependentsOf(p)[a].some((k) => p.labels[k] === 'conj');
  if (plural && canBeThey(c, a)) {
    focus.plural = [...names];
    focus.pluralSentence = focus.sentence;
  }
}

/**
 * A subject pronoun that stands for someone: not an object (whose antecedent the subjects the
 * resolver weighs are not: "Microsoft no longer wants to support it"), not an expletive ("it was
 * raining": a weather verb; "it's hardly surprising that …": a copula predicate with a clause).
 */
function referential(c: SentenceContext, p: Parse, a: number): boolean {
  if (!isSubject(p.labels[a])) return false;
  const h = p.heads[a];
  if (h < 0) return true;
  if (c.info[h].verbFields.length > 0 && c.info[h].verbFields.every((f) => f === 'weather')) return false;
  // "It's hardly surprising that …", "it is important to …": a predicate followed by the clause "it"
  // announces: a copula's or an adjective's, opened by "that" or "to"; a participle's without
  // object, opened by "that" ("it has been looking to find": a doer's purpose).
  const deps = dependentsOf(p)[h];
  const adjectival = deps.some((k) => p.labels[k] === 'cop') || c.tags[h] === 'JJ';
  const participle = /^(VBG|VBN)$/.test(c.tags[h]) && !deps.some((k) => p.labels[k] === 'obj');
  if (!adjectival && !participle) return true;
  const opens = (k: number) => dependentsOf(p)[k].some((m) => p.labels[m] === 'mark' && (c.lower[m] === 'that' || (adjectival && c.lower[m] === 'to')));
  return !deps.some((k) => k > h && CLAUSE_LABELS.has(p.labels[k]) && opens(k));
}
const CLAUSE_LABELS = new Set(['csubj', 'ccomp', 'xcomp', 'advcl', 'acl:relcl', 'acl']);

/** The verb has a finite clausal complement in the parse, or one whose subject the parse took for its object. */
function hasClause(c: SentenceContext, p: Parse, v: number): boolean {
  const objects = reportedClauses(c, p).objects;
  return dependentsOf(p)[v].some((k) => p.labels[k] === 'ccomp' || objects.has(k));
}

interface ReportedClauses {
  /** The verb of a reported clause → its subject, which the parse took for the reporting verb's object. */
  subjectOf: Map<number, number>;
  /** Those subjects: no objects of the reporting verb. */
  objects: Set<number>;
}

const reportedMemo = new WeakMap<SentenceContext, ReportedClauses>();

/**
 * Reported clauses without "that" whose subject the parse took for the reporting verb's object:
 * "Memon said the large amount of feedback had helped", "she believed the social movement helped
 * improve" (amount, movement: objects of said, believed; helped: no subject). A noun the parse
 * gives as object to a verb that takes a that-clause (its WordNet frames), followed right after
 * its own words by a finite verb with no subject, is that verb's subject.
 */
function reportedClauses(c: SentenceContext, p: Parse): ReportedClauses {
  let out = reportedMemo.get(c);
  if (out) return out;
  reportedMemo.set(c, (out = { subjectOf: new Map(), objects: new Set() }));
  const deps = dependentsOf(p);
  const aux = eventLexicon().words.auxiliary;
  const n = p.heads.length;
  const verbal = (k: number) => c.tags[k].startsWith('VB') || c.tags[k] === 'MD';
  for (let o = 0; o < n; o++) {
    const v = p.heads[o];
    if (v < 0 || p.labels[o] !== 'obj' || !c.info[v].frames.includes('that')) continue;
    if (!(c.tags[o].startsWith('NN') || c.entityAt[o])) continue;
    // The end of the noun's own words (its dependents but the verbs and what hangs on them).
    const end = subtreeSpan(deps, o, verbal)[1];
    // Right after them: adverbs and auxiliaries ("had", "may have"), then the verb; past a
    // participle phrase on the noun ("believes the asylum seekers found in the water may have
    // left": found's phrase is the noun's).
    let f = end + 1;
    if (f < n && p.heads[f] === o && p.labels[f] === 'acl' && /^(VBN|VBD|VBG)$/.test(c.tags[f])) f = subtreeSpan(deps, f, verbal)[1] + 1;
    let auxiliary = false;
    while (f + 1 < n && (c.tags[f] === 'RB' || (aux.has(c.lower[f]) && /^(VB|RB|MD)/.test(c.tags[f + 1])))) {
      if (c.tags[f] !== 'RB') auxiliary = true;
      f++;
    }
    if (f >= n || !c.tags[f].startsWith('VB') || f === v || !/^\p{L}+$/u.test(c.words[f])) continue;
    const t = c.tags[f];
    // A finite verb: a present or past tense, or one after an auxiliary. A past form right before
    // a preposition, or one the parse hangs on a common noun, is a participle ("the asylum seekers
    // found in the water", "laws banning migrants from claiming asylum expected next month"); on a
    // name it is the name's doing ("Whitmore stated Montalvo left").
    const finite = auxiliary || t === 'VBZ' || t === 'VBP' || (t === 'VBD' && !/^(IN|TO)$/.test(c.tags[f + 1] ?? '') && (p.labels[f] !== 'acl' || c.entityAt[o] !== null));
    if (!finite || deps[f].some((k) => (isSubject(p.labels[k]) && !strayForSubject(c, p, f, k)) || p.labels[k] === 'expl')) continue;
    out.subjectOf.set(f, o);
    out.objects.add(o);
  }
  return out;
}

export function clauseArguments(c: SentenceContext, p: Parse, v: number, focus: Focus): Arguments {
  const s = slotsOf(c, p, v);
  const names = (list: number[], verb = -1) => [...new Set(list.flatMap((a) => namesOf(c, p, a, focus, verb)))];
  const actors = s.passive ? names(s.agents) : [...new Set([...names(s.subjects, v), ...names(s.agents)])];
  if (!s.passive) remember(c, p, v, s.subjects, actors, focus);
  const targets = s.passive ? names([...s.subjects, ...s.objects]) : names(s.objects);
  // A passive's actor slot is its "by" phrase, empty or not: no other rule guesses one.
  const actorSeen = s.passive || s.subjects.length + s.agents.length > 0;
  // A clausal complement fills the target slot ("said resources would be accessible": no one
  // was said): word order guesses no object for it.
  const targetSeen = (s.passive ? [...s.subjects, ...s.objects] : s.objects).length > 0 || (!s.passive && hasClause(c, p, v));
  return { actors, targets: targets.filter((t) => !actors.includes(t)), actorSeen, targetSeen };
}
