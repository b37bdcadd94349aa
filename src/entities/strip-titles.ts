// People's names without the titles, honorifics and affiliations the recogniser read into them:
//   - an honorific or a title word opening a person's mention: "President Trump", "Mr. Toccafondi",
//     "General Suleiman al-Amr" → the name after it;
//   - a mention ending in an honorific, the name right after it: "Education Mr" + ". Toccafondi"
//     → "Toccafondi", a person;
//   - a mention running over a comma, cut there: "U.S. Senator John Cornyn, Republican from Texas";
//   - a role or an affiliation before a full name in one mention: "Shadow Home Secretary Yvette
//     Cooper", "NASA Bill Ingalls", "Refugee Council Enver Solomon" (after "CEO of the") → the
//     person "Yvette Cooper" …; an affiliation that is a name of its own ("NASA", "Refugee
//     Council") stays a mention of its own.
// The name starts at a known first name, or at the word before a surname the article uses alone.
// The roles themselves are read off the text later (person-roles.ts). Linear in the mentions.

import type { Token } from '../article/article.js';
import { firstIndex, forwardTokenFinder } from '../article/search.js';
import type { EntityType } from '../types.js';
import type { Lexicon } from './lexicon.js';
import type { Mention } from './mention.js';
import { nameKey } from './names.js';
import { gazetteerWord } from './features-gazetteer.js';
import { isFirstName, isHonorific, isNameParticle, isRoleWord } from './person-words.js';

const CAPITALISED = /^\p{Lu}/u;
/** A capitalised word in lower case after its first letter: "Hubbard", not "DEFEATS" or "I". */
const SURNAME = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;
const WORD = /^[\p{L}][\p{L}'’-]*$/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
/** Links of a role phrase that runs into the mention: "CEO of the Refugee Council Enver Solomon". */
const ROLE_LINKS = new Set(['of', 'for', 'at', 'to', 'the']);
/** "the Monti government": the word after a leader's surname. */
const GOVERNMENTS = new Set(['government', 'administration', 'cabinet']);
/** Types the recogniser gives a name with an affiliation stuck to it. */
const NAME_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC']);

function make(text: string, tokens: readonly Token[], from: number, to: number, type: EntityType): Mention {
  const start = tokens[from].start;
  const end = tokens[to].end;
  return { start, end, text: text.slice(start, end), type };
}

/** A role phrase ends right before token `at`: "… CEO of the" + mention. */
function roleRunsInto(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  let links = 0;
  while (k >= 0 && ROLE_LINKS.has(tokens[k].text.toLowerCase()) && links < 2) {
    k--;
    links++;
  }
  return links > 0 && k >= 0 && isRoleWord(tokens[k].text);
}

/** The words [k, to] are a name the gazetteer knows as something else: "(British) Red Cross". */
function listedAsOther(tokens: readonly Token[], k: number, to: number): boolean {
  const phrase = tokens.slice(k, to + 1).map((t) => t.text).join(' ');
  const cats = gazetteerWord(phrase, phrase.toLowerCase()).cats;
  return cats !== undefined && !/^(?:person|first|last)(?:,(?:person|first|last))*$/.test(cats);
}

/** Gazetteer categories of words that end an organisation's or a place's name. */
const ENDS_NAME = /(?:^|,)(?:orgword|placeword|city|country|region|org)(?:,|$)/;
/** Categories that make a word no part of a person's name. */
const NOT_PERSON = /(?:^|,)(?:orgword|placeword|city|country|region|org|team|demonym)(?:,|$)/;

function listedAs(word: string, cats: RegExp): boolean {
  return cats.test(gazetteerWord(word, word.toLowerCase()).cats ?? '');
}

function endsName(word: string): boolean {
  return /^\p{Lu}/u.test(word) && listedAs(word, ENDS_NAME);
}

/** Where the person's name starts inside mention tokens [from, to], or -1 when it is all name or no name. */
function nameStart(tokens: readonly Token[], from: number, to: number, surnames: ReadonlySet<string>): number {
  // The surname the article uses alone marks the name's end; the word before it starts the name.
  const last = tokens[to].text;
  for (let k = from + 1; k < to; k++) {
    if (!CAPITALISED.test(tokens[k].text) || !isFirstName(tokens[k].text)) continue;
    let ok = true;
    for (let j = k + 1; j <= to && ok; j++) ok = (CAPITALISED.test(tokens[j].text) && !isRoleWord(tokens[j].text)) || tokens[j].text === '.' || tokens[j].text === '-' || (j < to && isNameParticle(tokens[j].text));
    if (ok && !listedAsOther(tokens, k, to)) return k;
  }
  // "Refugee Council Enver Solomon": two name-shaped words after a word that ends an organisation
  // or a place ("Council", "Arlington"), neither of them such a word.
  if (to - from >= 2 && SURNAME.test(tokens[to - 1].text) && SURNAME.test(tokens[to].text) && endsName(tokens[to - 2].text) && !listedAs(tokens[to - 1].text, NOT_PERSON) && !listedAs(tokens[to].text, NOT_PERSON) && !isRoleWord(tokens[to - 1].text) && !isRoleWord(tokens[to].text))
    return to - 1;
  if (to - from >= 2 && surnames.has(nameKey(last)) && CAPITALISED.test(tokens[to - 1].text) && !isRoleWord(tokens[to - 1].text)) return to - 1;
  return -1;
}

/** The prefix [from, k) is a role or an affiliation, not the start of a longer name. */
function prefixIsRole(tokens: readonly Token[], from: number, k: number, type: EntityType, known: ReadonlySet<string>, lex: Lexicon): boolean {
  if (isRoleWord(tokens[k - 1].text)) return true;
  if (roleRunsInto(tokens, from)) return true;
  // A person's name the recogniser read whole ("Mohamed El-Hassan Mohamed") keeps its first words.
  if (type === 'PERSON') return false;
  const key = nameKey(tokens.slice(from, k).map((t) => t.text).join(' '));
  return known.has(key) || lex.countries.has(key) || lex.nationalities.has(key);
}

/** A comma and the space after it inside a mention. */
const COMMA = /,\s+/g;
/** A name after a comma: capitalised words only ("Washington"), not "Republican from Texas". */
const NAME_AFTER_COMMA = /^\p{Lu}[\p{L}\p{N}.'’&-]*(?:\s+\p{Lu}[\p{L}\p{N}.'’&-]*)*$/u;

/**
 * A mention that runs over a comma is a name and what the article says after it: "U.S. Senator
 * John Cornyn, Republican from Texas" → "U.S. Senator John Cornyn" (its title taken off below);
 * a part after the comma stays only when it is a name itself.
 */
function splitAtCommas(mentions: readonly Mention[]): Mention[] {
  if (!mentions.some((m) => m.text.includes(','))) return mentions as Mention[];
  const out: Mention[] = [];
  for (const m of mentions) {
    if (!m.text.includes(',')) {
      out.push(m);
      continue;
    }
    let from = 0;
    const cut = (to: number, first: boolean): void => {
      const part = m.text.slice(from, to);
      if (part && (first || NAME_AFTER_COMMA.test(part))) out.push({ start: m.start + from, end: m.start + to, text: part, type: m.type });
    };
    for (const c of m.text.matchAll(COMMA)) {
      cut(c.index, from === 0);
      from = c.index + c[0].length;
    }
    cut(m.text.length, from === 0);
  }
  return out;
}

export function stripTitles(text: string, tokens: readonly Token[], found: readonly Mention[], lex: Lexicon): Mention[] {
  if (found.length === 0) return [];
  const mentions = splitAtCommas(found);
  const tokenFrom = forwardTokenFinder(tokens);
  const tokenTo = forwardTokenFinder(tokens);
  // Single-word mentions are the surnames an article uses alone (and other short names).
  const known = new Set<string>();
  const knownType = new Map<string, EntityType>();
  const surnames = new Set<string>();
  for (const m of mentions) {
    const key = nameKey(m.text);
    known.add(key);
    if (knownType.get(key) !== 'PERSON') knownType.set(key, m.type);
    if (!key.includes(' ')) surnames.add(key);
  }
  const mentionStarts = new Set(mentions.map((m) => m.start));
  const out: Mention[] = [];
  // Mentions that an honorific before them makes a person: start offset → true.
  const people = new Set<number>();
  for (const m of mentions) {
    const from = tokenFrom(m.start);
    const to = tokenTo(m.end) - 1;
    if (from >= tokens.length || tokens[from].start !== m.start || to < from || tokens[to].end !== m.end || !NAME_TYPES.has(m.type)) {
      out.push(m);
      continue;
    }
    // Honorific at the end: "Education Mr" before ". Toccafondi".
    if (to > from && isHonorific(tokens[to].text) && CAPITALISED.test(tokens[to].text)) {
      let k = to + 1;
      if (tokens[k]?.text === '.') k++;
      if (k < tokens.length && CAPITALISED.test(tokens[k].text) && WORD.test(tokens[k].text)) people.add(tokens[k].start);
      continue;
    }
    // Honorifics and titles opening a person's name: "Mr. Toccafondi", "President Trump".
    let f = from;
    if (m.type === 'PERSON' || isHonorific(tokens[f].text)) {
      while (f < to && (isHonorific(tokens[f].text) || (m.type === 'PERSON' && isRoleWord(tokens[f].text) && !isFirstName(tokens[f].text)))) {
        f++;
        if (tokens[f].text === '.' && f < to) f++;
      }
      if (f > from && CAPITALISED.test(tokens[f].text)) {
        out.push(make(text, tokens, f, to, 'PERSON'));
        continue;
      }
      f = from;
    }
    // A role or an affiliation before a full name.
    const k = to - from >= 2 ? nameStart(tokens, from, to, surnames) : -1;
    if (k > from && prefixIsRole(tokens, from, k, m.type, known, lex)) {
      const tail = nameKey(tokens.slice(k, to + 1).map((t) => t.text).join(' '));
      const role = isRoleWord(tokens[k - 1].text) || roleRunsInto(tokens, from);
      // Without a role word the article must use the name elsewhere ("Jafari"), or the name is a
      // first name and a surname after an acronym the article names alone ("NASA" + "Bill
      // Ingalls"; not after a team's town: "Boston" + "Red Sox").
      const acronym = k === from + 1 && ACRONYM.test(tokens[from].text) && knownType.get(nameKey(tokens[from].text)) === 'ORGANIZATION';
      const evidence = knownType.get(nameKey(tokens[to].text)) === 'PERSON' || knownType.get(tail) === 'PERSON' || (acronym && to === k + 1 && isFirstName(tokens[k].text) && SURNAME.test(tokens[to].text));
      if (role || (evidence && !tokens.slice(k, to + 1).some((t) => listedAs(t.text, NOT_PERSON)))) {
        // The affiliation before the title words: "Federal Reserve" of "Federal Reserve Governor".
        let j = k;
        while (j > from && (isRoleWord(tokens[j - 1].text) || (j < k && ROLE_LINKS.has(tokens[j - 1].text.toLowerCase())))) j--;
        const prefix = nameKey(tokens.slice(from, j).map((t) => t.text).join(' '));
        const type = j > from ? (knownType.get(prefix) ?? (lex.countries.has(prefix) ? 'LOCATION' : lex.nationalities.has(prefix) ? 'NATIONALITY' : null)) : null;
        const own = type ?? (j === k && j - from >= 2 ? (m.type === 'PERSON' ? 'ORGANIZATION' : m.type) : null);
        if (own) out.push(make(text, tokens, from, j - 1, own));
        out.push(make(text, tokens, k, to, 'PERSON'));
        continue;
      }
    }
    // "the Monti government", "the Obama administration": a head of government's surname.
    if (from === to && CAPITALISED.test(tokens[from].text) && (m.type === 'MISC' || m.type === 'ORGANIZATION') && !listedAsOther(tokens, from, to) && GOVERNMENTS.has(tokens[to + 1]?.text ?? '') && tokens[from - 1]?.text.toLowerCase() === 'the' && !lex.countries.has(nameKey(m.text)) && !lex.nationalities.has(nameKey(m.text))) {
      out.push({ ...m, type: 'PERSON' });
      continue;
    }
    // "L. Ron" + "Hubbard": a person's name cut after a first name goes on to the surname.
    if (m.type === 'PERSON' && to + 1 < tokens.length && text[tokens[to].end] === ' ' && tokens[to + 1].start === tokens[to].end + 1 && SURNAME.test(tokens[to + 1].text) && CAPITALISED.test(tokens[to].text) && !mentionStarts.has(tokens[to + 1].start) && isFirstName(tokens[to].text)) {
      out.push(make(text, tokens, from, to + 1, 'PERSON'));
      continue;
    }
    // "Mr. Toccafondi" where the recogniser took only the surname.
    if (from > 0 && (isHonorific(tokens[from - 1].text) || (tokens[from - 1].text === '.' && from > 1 && isHonorific(tokens[from - 2].text))) && CAPITALISED.test(tokens[from].text)) {
      out.push({ ...m, type: 'PERSON' });
      continue;
    }
    out.push(m);
  }
  if (people.size === 0) return out;
  const seen = new Set(out.map((m) => m.start));
  for (let i = 0; i < out.length; i++) if (people.has(out[i].start)) out[i] = { ...out[i], type: 'PERSON' };
  for (const start of people) {
    if (seen.has(start)) continue;
    const k = firstIndex(tokens, (t) => t.start >= start);
    let e = k;
    while (e + 1 < tokens.length && CAPITALISED.test(tokens[e + 1].text) && WORD.test(tokens[e + 1].text) && tokens[e + 1].start - tokens[e].end <= 1) e++;
    out.push(make(text, tokens, k, e, 'PERSON'));
  }
  return out;
}
