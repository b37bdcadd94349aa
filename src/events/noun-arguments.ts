// Who does a noun event and to whom, read off the dependency parse of its noun phrase:
// - a possessor is the actor ("Google's acquisition of YouTube", "his visit"), and so is a "by"
//   phrase ("the attack on the embassy by rebels"); beside a "by" phrase the possessor is the theme
//   ("the city's destruction by the army"). A time expression ("Monday's meeting") is a date, not
//   an actor (index.ts dates the noun with it);
// - "between" and "among" phrases name the sides, each conjunct an actor ("talks between Israel and
//   Hamas");
// - "of" ("the killing of three soldiers") and the target prepositions of data/events/words.txt
//   (on, against, with, to, …: "the strike on Gaza", "the meeting with Putin") give targets;
// - a name modifying the noun is its actor where nothing above names one: a person, an
//   organisation or a country ("the Hamas attack", "the US strike"); another place is where the
//   event happens, not who does it ("the Gaza strike", "the Moscow parade": compoundPlace);
// - a nationality adjective is the actor of an act ("the Israeli strike": Israel), named as its
//   country, where nothing else names one;
// - a "by" phrase the parse hung on the noun of the event's own prepositional phrase ("the attack
//   on [the embassy by rebels]") is the event's agent: a thing that is no event has no agent; so is
//   one right after the event noun or its "of"/"on" phrase that the parse gave to an active verb
//   or made a subject ("announced the acquisition of a firm by its parent group", "the arrest of
//   the suspect by FBI agents took place"): an active verb has no "by" agent, a subject no "by";
// - the object of a light verb takes the verb's subject as actor ("the leaders, who met in Kazan,
//   held talks": the leaders; "launched an attack").
// Names come as for verbs (clause-arguments.ts namesOf): the entity of the word, a pronoun
// resolved, else a short noun phrase. What the phrase leaves empty the word-order rules
// (arguments.ts nounArguments) may fill: a name modifying the noun ("the BRICS summit"), the
// subject of a light verb ("Serbia held talks").

import { lexicon } from '../entities/lexicon.js';
import { nameKey } from '../entities/names.js';
import type { Parse } from '../syntax/parser.js';
import { dependentsOf } from '../syntax/tree.js';
import type { Entity } from '../types.js';
import type { Arguments } from './arguments.js';
import { clauseArguments, indefiniteBefore, isAgent, namesOf, pluralInFocus } from './clause-arguments.js';
import type { SentenceContext } from './context.js';
import { eventLexicon } from './lexicon.js';
import { pronounValue, type Focus } from './participants.js';

// Possessive pronouns read as the personal pronoun they stand with ("his visit": he).
const POSSESSIVE_PRONOUN: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
]);
const SIDES = new Set(['between', 'among']);

/** The preposition (case dependent) of nominal k, or ''. */
function caseOf(c: SentenceContext, p: Parse, deps: readonly number[][], k: number): string {
  for (const d of deps[k]) if (p.labels[d] === 'case' && c.tags[d] !== 'POS') return c.lower[d];
  return '';
}

let countryByCode: Map<string, string> | null = null;

/** The country a nationality word belongs to ("Israeli": Israel), or null. */
function countryOf(word: string): string | null {
  const lex = lexicon();
  if (!countryByCode) {
    countryByCode = new Map();
    for (const country of lex.countries.values()) countryByCode.set(country.code, country.name);
  }
  const code = lex.nationalities.get(nameKey(word))?.code;
  return code ? (countryByCode.get(code) ?? null) : null;
}

export function nounPhraseArguments(c: SentenceContext, p: Parse, i: number, focus: Focus): Arguments {
  const deps = dependentsOf(p);
  const possessors: number[] = [];
  const agents: number[] = [];
  const sides: number[] = [];
  const themes: number[] = [];
  const nationalities: number[] = [];
  const targetPreps = eventLexicon().words['target-preposition'];
  for (const k of deps[i]) {
    const l = p.labels[k];
    if (c.timex[k]) continue;
    // "his urgent calls" read as his [urgent] calls: a possessor opens the whole phrase.
    if (l === 'compound' && k < i) for (const d of deps[k]) if (p.labels[d] === 'nmod:poss' && !c.timex[d]) possessors.push(d);
    if (l === 'nmod:poss') possessors.push(k);
    else if (l === 'amod' && c.entityAt[k]?.type === 'NATIONALITY') {
      // "American and British objections": each nationality of the coordination.
      nationalities.push(k);
      for (const d of deps[k]) if (p.labels[d] === 'conj' && c.entityAt[d]?.type === 'NATIONALITY') nationalities.push(d);
    }
    else if (l === 'nmod') {
      const prep = caseOf(c, p, deps, k);
      if (prep === 'by') agents.push(k);
      else if (SIDES.has(prep)) sides.push(k);
      else if (prep === 'of' || targetPreps.has(prep)) {
        themes.push(k);
        // "the attack on the embassy by rebels": the parse's "by" on the embassy is the attack's.
        if (c.labels[k] === 'O') for (const d of deps[k]) if (p.labels[d] === 'nmod' && !c.timex[d] && caseOf(c, p, deps, d) === 'by' && isAgent(c, d)) agents.push(d);
      }
    }
  }
  for (const k of [i, ...themes]) {
    const d = strayAgent(c, p, i, k);
    if (d >= 0 && !agents.includes(d)) agents.push(d);
  }
  const names = (list: number[]) => [...new Set(list.flatMap((a) => nameOf(c, p, a, focus)))];
  const byAgents = names(agents.filter((a) => isAgent(c, a)));
  const actors = byAgents.length ? byAgents : names([...possessors, ...sides]);
  if (byAgents.length) actors.push(...names(sides));
  if (!actors.length) actors.push(...modifierActors(c, p, i));
  if (!actors.length) for (const k of nationalities) actors.push(countryOf(c.words[k]) ?? c.entityAt[k]!.name);
  const h = p.heads[i];
  let lightSubject = false;
  if (!actors.length && h >= 0 && p.labels[i] === 'obj' && eventLexicon().words.light.has(c.lower[h])) {
    const verb = clauseArguments(c, p, h, focus);
    actors.push(...verb.actors);
    lightSubject = verb.actors.length > 0;
  }
  const targets = names(byAgents.length ? [...possessors, ...themes] : themes);
  const unique = [...new Set(actors)];
  return {
    actors: unique,
    targets: [...new Set(targets)].filter((t) => !unique.includes(t)),
    actorSeen: possessors.length + agents.length + sides.length > 0 || lightSubject,
    targetSeen: themes.length > 0,
  };
}

const ACTOR_TYPES = new Set(['PERSON', 'ORGANIZATION']);

/** The names in the words the parse hangs on noun i before it (compound, flat), not the noun's own. */
function modifierNames(c: SentenceContext, p: Parse, i: number): Entity[] {
  const out: Entity[] = [];
  for (const k of dependentsOf(p)[i]) {
    const e = c.entityAt[k];
    if (k < i && e && e !== c.entityAt[i] && p.labels[k] === 'compound' && !out.includes(e)) out.push(e);
  }
  return out;
}

const isCountry = (e: Entity) => lexicon().countries.has(nameKey(e.name));

/** Persons, organisations and countries named before the noun ("the Hamas attack", "the US strike"). */
function modifierActors(c: SentenceContext, p: Parse, i: number): string[] {
  return modifierNames(c, p, i)
    .filter((e) => ACTOR_TYPES.has(e.type) || (e.type === 'LOCATION' && isCountry(e)))
    .map((e) => e.name);
}

/** A place that is no country named before the event noun i: where it happens ("the Gaza strike", "the Moscow parade"), or null. */
export function compoundPlace(c: SentenceContext, p: Parse, i: number): string | null {
  return modifierNames(c, p, i).find((e) => e.type === 'LOCATION' && !isCountry(e))?.name ?? null;
}

/**
 * The nominal of a "by" right after word k (event noun i or the head of its "of"/"on" phrase)
 * that the parse made a subject, or hung on the active verb whose object is i: the object of "by"
 * is then the event's agent. -1 when none.
 */
function strayAgent(c: SentenceContext, p: Parse, i: number, k: number): number {
  const b = k + 1;
  if (b >= c.words.length || c.lower[b] !== 'by' || p.labels[b] !== 'case') return -1;
  const d = p.heads[b];
  if (d <= b || p.heads[d] === k || c.timex[d]) return -1;
  const rel = p.labels[d];
  if (rel === 'obl:agent' || rel === 'obl') {
    // on the verb whose object is the event: "announced the acquisition of X by Y"
    const v = p.heads[d];
    if (v < 0 || p.heads[i] !== v || p.labels[i] !== 'obj') return -1;
    return dependentsOf(p)[v].some((x) => p.labels[x] === 'aux:pass' || p.labels[x] === 'nsubj:pass') ? -1 : d;
  }
  return rel === 'nsubj' ? d : -1;
}

// How far up the parse a possessive pronoun looks for the verb whose subject it stands for.
const MAX_BINDING_HOPS = 4;

/**
 * "its"/"their" on event noun i as the subject of the nearest clause above the noun with a subject
 * before the pronoun, when that subject fits it: "the company held its annual meeting" (an
 * organisation, a place or a singular thing), "the workers said their strike would continue" (a
 * plural or an organisation; the strike's own clause has the noun itself as subject). A possessive
 * most often stands for the subject of its clause. Null when there is none or it does not fit.
 */
function boundPossessor(c: SentenceContext, p: Parse, i: number, k: number, focus: Focus): string[] | null {
  let v = p.heads[i];
  for (let n = 0; v >= 0 && n < MAX_BINDING_HOPS; n++, v = p.heads[v]) {
    if (!c.tags[v].startsWith('VB')) continue;
    const subject = dependentsOf(p)[v].find((x) => p.labels[x] === 'nsubj' && x < k);
    if (subject === undefined) continue;
    if (c.tags[subject] === 'PRP') return null;
    const e = c.entityAt[subject];
    const fits =
      c.lower[k] === 'their'
        ? c.tags[subject] === 'NNS' || c.tags[subject] === 'NNPS' || e?.type === 'ORGANIZATION' || dependentsOf(p)[subject].some((x) => p.labels[x] === 'conj')
        : e
          ? e.type === 'ORGANIZATION' || e.type === 'LOCATION'
          : c.tags[subject] === 'NN' && !c.info[subject].nounFields.includes('person');
    if (!fits) return null;
    const names = namesOf(c, p, subject, focus);
    return names.length ? names : null;
  }
  return null;
}

function nameOf(c: SentenceContext, p: Parse, k: number, focus: Focus): string[] {
  if ((c.lower[k] === 'their' || c.lower[k] === 'its') && c.tags[k] === 'PRP$') {
    const bound = boundPossessor(c, p, p.heads[k], k, focus);
    if (bound) return bound;
  }
  const as = POSSESSIVE_PRONOUN.get(c.lower[k]);
  if (as === 'they' && indefiniteBefore(c, k)) return [];
  if (as === 'they' && pluralInFocus(focus)) return [...focus.plural];
  if (as && c.tags[k] === 'PRP$') return pronounValue(c, k, focus, as);
  return namesOf(c, p, k, focus);
}
