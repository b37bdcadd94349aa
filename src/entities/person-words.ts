// What a word says about a person: a first name (and the gender it is usually given), a role
// noun ("minister", "spokeswoman", "coach"), an honorific ("Mr.", "Dr"). The lists are data files
// (data/entities/first-names.tsv, role-words.txt, titles.tsv; each with its source in its
// header) plus the first-name and role categories of the recogniser's gazetteer; loaded once on
// first use (about 120 kB, a few milliseconds), only by articles that name people.

import fs from 'node:fs';
import { dataFile } from '../model/files.js';
import { gazetteerWord } from './features-gazetteer.js';

export type Gender = 'f' | 'm' | 'x';

interface PersonWords {
  genders: Map<string, Gender>;
  roles: Set<string>;
}

let cached: PersonWords | null = null;

function lines(file: string): string[] {
  return fs
    .readFileSync(dataFile('entities', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
}

function load(): PersonWords {
  const genders = new Map<string, Gender>();
  for (const l of lines('first-names.tsv')) {
    const tab = l.indexOf('\t');
    genders.set(l.slice(0, tab), l.slice(tab + 1).trim() as Gender);
  }
  const roles = new Set(lines('role-words.txt').map((l) => l.trim()));
  // The head of each title heads a role too: "foreign minister" → "minister", "secretary of state" → "secretary".
  for (const l of lines('titles.tsv')) {
    const ws = l.split('\t')[0].trim().split(' ');
    const of = ws.indexOf('of');
    roles.add(of > 0 ? ws[of - 1] : ws[ws.length - 1]);
  }
  return { genders, roles };
}

function words(): PersonWords {
  return (cached ??= load());
}

/** Honorifics and academic or military titles written before a name; never part of it. */
export const HONORIFICS: ReadonlySet<string> = new Set(
  'mr mrs ms miss dr prof professor sir dame lord rev reverend fr father sr sister hon honourable honorable gen lt col capt sgt cpl adm maj'.split(' '),
);

/** The written forms: "mr", "Mr", "MR", each with and without its period. */
const HONORIFIC_FORMS: ReadonlySet<string> = new Set(
  [...HONORIFICS].flatMap((h) => [h, h[0].toUpperCase() + h.slice(1), h.toUpperCase()]).flatMap((h) => [h, `${h}.`]),
);

/** "Mr", "Mr.", "Dr" (a set lookup: this runs on a word before every name). */
export function isHonorific(word: string): boolean {
  return word.length <= 12 && HONORIFIC_FORMS.has(word);
}

/** The gender a first name is usually given, or null for a name the list does not know. */
export function firstNameGender(word: string): Gender | null {
  return words().genders.get(word.toLowerCase()) ?? null;
}

const PRONOUN_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...['he', 'him', 'his', 'himself'].map((w) => [w, 'm'] as const),
  ...['she', 'her', 'hers', 'herself'].map((w) => [w, 'f'] as const),
]);

/** The gender a third-person pronoun gives ("she" f, "him" m), or null (a lower-case word). */
export function pronounGender(word: string): 'm' | 'f' | null {
  return PRONOUN_GENDER.get(word) ?? null;
}

// Answers per word form, remembered: the name and role steps ask about the same words many
// times, and an answer is several map lookups and a regular expression. Bounded: emptied when full.
const ANSWERS_LIMIT = 20_000;
const firstNames = new Map<string, boolean>();
const broadRoleWords = new Map<string, boolean>();

function remembered(cache: Map<string, boolean>, word: string, answer: (word: string) => boolean): boolean {
  let a = cache.get(word);
  if (a === undefined) {
    if (cache.size >= ANSWERS_LIMIT) cache.clear();
    cache.set(word, (a = answer(word)));
  }
  return a;
}

/** A known first name: the gendered list or the recogniser's gazetteer ("Enver", "Amneh" stay unknown). */
export function isFirstName(word: string): boolean {
  return remembered(firstNames, word, firstNameOf);
}

function firstNameOf(word: string): boolean {
  const lower = word.toLowerCase();
  if (words().genders.has(lower)) return true;
  return /(?:^|,)first(?:,|$)/.test(gazetteerWord(word, lower).cats ?? '');
}

/**
 * A noun that names an office, a job or a relation: the head of a role phrase. `broad` adds plurals and the
 * gazetteer's long list of person nouns ("fan", "baby", "hero"), right only where the context
 * already says a role is there.
 */
export function isRoleWord(word: string, broad = false): boolean {
  return broad ? remembered(broadRoleWords, word, broadRoleWordOf) : words().roles.has(word.toLowerCase());
}

function broadRoleWordOf(word: string): boolean {
  const lower = word.toLowerCase();
  const { roles } = words();
  if (roles.has(lower)) return true;
  // A role written with a prefix or a qualifier: "ex-husband", "then-girlfriend", "Prize-winner".
  const dash = lower.lastIndexOf('-');
  if (dash > 0 && dash < lower.length - 2) return isRoleWord(lower.slice(dash + 1), true);
  // Plurals name a group of them: "defectors", "spokesmen", "secretaries".
  if (lower.length > 3 && lower.endsWith('s') && (roles.has(lower.slice(0, -1)) || (lower.endsWith('ies') && roles.has(`${lower.slice(0, -3)}y`)))) return true;
  if (lower.endsWith('men') && roles.has(`${lower.slice(0, -3)}man`)) return true;
  return /(?:^|,)role(?:,|$)/.test(gazetteerWord(word, lower).cats ?? '');
}
