// Who does an event and to whom, read off the sentence around its trigger:
// - verbs (and predicative adjectives): the subject before the verbal group ("Putin reportedly
//   promised"), the object after it or the object of a target preposition ("spoke by phone with
//   Putin"); passives swap them and take the "by" phrase as actor;
// - event nouns: a possessor ("Germany's surrender") or a name modifying the noun ("the BRICS
//   summit") is the actor, "by X" too; "of X" ("the invasion of Ukraine") and target prepositions
//   ("surrender to the Soviet Union") give targets; the object of a light verb ("Serbia held talks")
//   takes the verb's subject as actor.
// Infinitives and participles without a subject of their own inherit the nearest verb's actors
// (argumentsOfSentence, below).

import type { SentenceContext } from './context.js';
import { eventLexicon } from './lexicon.js';
import { phraseAfter, phraseBefore, type Focus } from './participants.js';
import { inPhrase, isPossessiveMark, phraseStartingBefore } from './phrases.js';

export interface Arguments {
  actors: string[];
  targets: string[];
  /**
   * The parse shows the actor (target) slot, named or not: a pronoun that stands for nobody known,
   * a number, a quantifier, a passive without "by" phrase. Then neither the word-order rules nor
   * the previous verb fill it with a guess (on GUM news those guesses were wrong more often than
   * right there).
   */
  actorSeen?: boolean;
  targetSeen?: boolean;
}

const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re", "'m", '’s', '’re', '’m']);
// How far right of a trigger a target phrase is looked for, in tokens (past "by phone", adverbs).
const TARGET_WINDOW = 8;
// Names that can do something when they modify an event noun: not nationalities ("the Russian
// import"), nor named events ("the Victory Day commemorations").
const AGENT_TYPES = new Set(['PERSON', 'ORGANIZATION', 'LOCATION']);
const CLAUSE_BREAK = new Set([',', ';', ':', '—', '–', '(', ')', '“', '”', '"', '«', '»']);

export function isVerbal(c: SentenceContext, i: number): boolean {
  return !c.tags[i].startsWith('NN');
}

/** Tags of a finite verb or of the modal that opens a finite verb group ("asked", "says", "will go"). */
export const FINITE_TAGS: ReadonlySet<string> = new Set(['VBZ', 'VBP', 'VBD', 'MD']);

/** First token of the verbal group ending at trigger i: auxiliaries, adverbs, negation, "to". */
export function groupStart(c: SentenceContext, i: number): number {
  const aux = eventLexicon().words.auxiliary;
  let k = i;
  while (k > 0) {
    const w = c.lower[k - 1];
    const t = c.tags[k - 1];
    if (aux.has(w) || t === 'RB' || t === 'MD' || w === 'to' || w === "n't" || w === 'n’t' || w === 'not' || w === 'never') k--;
    else break;
  }
  return k;
}

function isPassive(c: SentenceContext, g: number, i: number): boolean {
  if (c.tags[i] !== 'VBN') return false;
  for (let k = g; k < i; k++) if (BE.has(c.lower[k]) || c.lower[k] === 'got' || c.lower[k] === 'get') return true;
  return false;
}

// How far back an appositive or a postmodifier ("Serbia, a candidate to join the EU, has …",
// "Sanctions against Russia are …") may reach for the subject it interrupts, in tokens.
const APPOSITIVE_REACH = 10;

function subjectOf(c: SentenceContext, g: number, focus: Focus): string[] {
  let k = g - 1;
  if (k < 0) return [];
  if (c.words[k] === ',') {
    // Skip an appositive between commas back to the name it describes.
    let j = k - 1;
    while (j >= 0 && j >= k - APPOSITIVE_REACH && c.words[j] !== ',') j--;
    if (j <= 0 || c.words[j] !== ',' || !c.entityAt[j - 1]) return [];
    k = j - 1;
  }
  if (c.tags[k] !== 'PRP' && !inPhrase(c, k)) return [];
  const start = phraseStartingBefore(c, k);
  // A phrase after a preposition is a postmodifier of the real subject before it.
  const p = start - 1;
  if (p > 0 && c.tags[p] === 'IN' && p >= g - APPOSITIVE_REACH && inPhrase(c, p - 1)) return phraseBefore(c, p - 1, focus);
  const names = phraseBefore(c, k, focus);
  // "an effort to maintain": before an infinitive only a name or a pronoun is its subject
  // ("invited Vučić to attend"); a common noun is what the infinitive complements.
  if (c.lower[g] === 'to' && !c.entityAt[k] && c.tags[k] !== 'PRP') return [];
  return names;
}

/** Targets after token `from`: a direct object, or the object of a target preposition. */
function targetsAfter(c: SentenceContext, from: number, focus: Focus, direct: boolean): { targets: string[]; by: string[] } {
  const lex = eventLexicon().words;
  const out = { targets: [] as string[], by: [] as string[] };
  let k = from;
  while (k < c.tags.length && (c.tags[k] === 'RB' || c.tags[k] === 'RP')) k++;
  if (direct && (c.tags[k] === 'PRP' || inPhrase(c, k))) {
    const p = phraseAfter(c, k, focus);
    // "said he had engaged": a phrase followed by its own verb is the subject of a complement
    // clause, not an object.
    const next = p.end + 1 < c.tags.length ? c.tags[p.end + 1] : '';
    if (!next.startsWith('VB') && next !== 'MD') out.targets = p.names;
    return out;
  }
  const limit = Math.min(c.tags.length, from + TARGET_WINDOW);
  while (k < limit && !CLAUSE_BREAK.has(c.words[k])) {
    const w = c.lower[k];
    // "to" before a verb starts an infinitive, not a phrase; another verb ends the search.
    if (c.tags[k].startsWith('VB') || c.tags[k] === 'MD') break;
    if ((c.tags[k] === 'IN' || c.tags[k] === 'TO') && k + 1 < c.tags.length) {
      let s = k + 1;
      const p = phraseAfter(c, s, focus);
      if (p.end >= 0) {
        // A phrase headed by another event takes the prepositions after it ("after his talk with X").
        if (c.labels[p.end] !== 'O' && w !== 'of' && w !== 'by') return out;
        if (w === 'by') out.by = out.by.length ? out.by : p.names;
        else if ((w === 'of' || lex['target-preposition'].has(w)) && !out.targets.length) out.targets = p.names;
        s = p.end + 1;
      }
      if (out.targets.length) return out;
      k = s;
      continue;
    }
    k++;
  }
  return out;
}

export function verbArguments(c: SentenceContext, i: number, focus: Focus): Arguments {
  const g = groupStart(c, i);
  const subject = subjectOf(c, g, focus);
  const after = targetsAfter(c, i + 1, focus, c.tags[i].startsWith('VB'));
  if (isPassive(c, g, i)) return { actors: after.by, targets: subject.length ? subject : after.targets };
  return { actors: subject, targets: after.targets };
}

export function nounArguments(c: SentenceContext, i: number, focus: Focus): Arguments {
  const start = phraseStartingBefore(c, i);
  const actors: string[] = [];
  const themes: string[] = [];
  // Possessors and names before the noun: "Germany's surrender", "the BRICS summit"; other names
  // (works, products, laws) say what the event is about: "the Brexit vote".
  for (let k = start; k < i; k++) {
    const e = c.entityAt[k];
    if (isPossessiveMark(c, k + 1) && k + 1 < i) {
      actors.push(...phraseBefore(c, k, focus));
      continue;
    }
    if (!e || isPossessiveMark(c, k)) continue;
    if (AGENT_TYPES.has(e.type) && !actors.includes(e.name)) actors.push(e.name);
    else if (e.type === 'MISC' && !themes.includes(e.name)) themes.push(e.name);
  }
  let end = i;
  while (end + 1 < c.tags.length && c.tags[end + 1].startsWith('NN') && !c.entityAt[end + 1]) end++;
  const after = targetsAfter(c, end + 1, focus, false);
  if (!actors.length) actors.push(...after.by);
  if (!actors.length) actors.push(...lightVerbSubject(c, start, focus));
  const targets = [...new Set([...themes, ...after.targets])];
  return { actors: [...new Set(actors)], targets: targets.filter((t) => !actors.includes(t)) };
}

/** "Serbia has held talks": the subject of a light verb whose object is the event noun. */
function lightVerbSubject(c: SentenceContext, phraseStart: number, focus: Focus): string[] {
  const v = phraseStart - 1;
  if (v < 0 || !c.tags[v].startsWith('VB') || !eventLexicon().words.light.has(c.lower[v])) return [];
  return subjectOf(c, groupStart(c, v), focus);
}
