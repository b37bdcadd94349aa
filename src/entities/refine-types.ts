// The type of one mention, refined from what the recogniser said using the lexicon:
//   - a country name is a LOCATION whatever the recogniser called it ("Russia" said → still the
//     country; CoNLL and the contract both type country names as locations), except when it was
//     read as a person ("Georgia Smith");
//   - a MISC demonym ("Serbian", "Russians", "Serbian-Russian") is a NATIONALITY;
//   - a MISC name ending in an event word ("Second World War", "Victory Day") is an EVENT, and so
//     is an ORGANIZATION name ending in one of the unambiguous ones ("Victory Day", not "Cup").
// Everything else keeps the recogniser's type.

import type { EntityType } from '../types.js';
import type { Country, Lexicon, Nationality } from './lexicon.js';
import { nameWords } from './names.js';

export interface Refined {
  type: EntityType;
  country: Country | null;
  nationality: Nationality | null;
}

/** Recogniser types a country name may come with and still be taken for the country. */
const COUNTRY_FROM: ReadonlySet<EntityType> = new Set(['LOCATION', 'ORGANIZATION', 'MISC', 'NATIONALITY', 'EVENT']);
/** Event words that name an event on their own ("the Olympics"); the others need a name before them. */
const EVENT_ALONE = new Set(['olympics', 'olympiad', 'holocaust']);

function nationalityOf(key: string, lex: Lexicon): Nationality | null {
  const whole = lex.nationalities.get(key);
  if (whole) return whole;
  // "Serbian-Russian relations": a compound of demonyms is still a nationality word.
  const parts = key.split('-');
  if (parts.length > 1 && parts.every((p) => lex.nationalities.has(p))) return { key, name: '', code: null };
  return null;
}

function isEventName(words: string[], vocabulary: ReadonlySet<string>): boolean {
  const last = words[words.length - 1];
  if (words.length === 1) return EVENT_ALONE.has(last);
  if (vocabulary.has(last) || vocabulary.has(words.slice(-2).join(' '))) return true;
  // "Battle of Kosovo", "War of 1812"
  return words.length >= 3 && words[1] === 'of' && vocabulary.has(words[0]);
}

export function refineType(type: EntityType, key: string, lex: Lexicon): Refined {
  // A word that is both a demonym and a short country name ("Saudi") is the nationality when the
  // recogniser saw a MISC word, the country when it saw a place.
  if (type === 'MISC' || type === 'NATIONALITY') {
    const nationality = nationalityOf(key, lex);
    if (nationality) return { type: 'NATIONALITY', country: null, nationality };
  }
  const country = COUNTRY_FROM.has(type) ? (lex.countries.get(key) ?? null) : null;
  if (country) return { type: 'LOCATION', country, nationality: null };
  const events = type === 'MISC' ? lex.eventWords : type === 'ORGANIZATION' ? lex.strongEventWords : null;
  if (events && isEventName(nameWords(key), events)) return { type: 'EVENT', country: null, nationality: null };
  return { type, country: null, nationality: null };
}
