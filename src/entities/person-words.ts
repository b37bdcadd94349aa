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
  // The last word of each title ("foreign minister" → "minister") heads a role too.
  for (const l of lines('titles.tsv')) roles.add(l.split('\t')[0].trim().split(' ').pop()!);
  return { genders, roles };
}

function words(): PersonWords {
  return (cached ??= load());
}

/** Honorifics and academic or military titles written before a name; never part of it. */
export const HONORIFICS: ReadonlySet<string> = new Set(
  'mr mrs ms miss dr prof professor sir dame lord rev reverend fr father sr sister hon honourable honorable gen lt col capt sgt cpl adm maj'.split(' '),
);

/** "Mr", "Mr.", "Dr" (lower-cased, period dropped). */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.toLowerCase().replace(/\.$/, ''));
}

/** The gender a first name is usually given, or null for a name the list does not know. */
export function firstNameGender(word: string): Gender | null {
  return words().genders.get(word.toLowerCase()) ?? null;
}

/** A known first name: the gendered list or the recogniser's gazetteer ("Enver", "Amneh" stay unknown). */
export function isFirstName(word: string): boolean {
  const lower = word.toLowerCase();
  if (words().genders.has(lower)) return true;
  return /(?:^|,)first(?:,|$)/.test(gazetteerWord(word, lower).cats ?? '');
}

/**
 * A noun that names an office, a job or a relation: the head of a role phrase. `broad` adds the
 * gazetteer's long list of person nouns ("fan", "baby", "hero"), right only where the context
 * already says a role is there.
 */
export function isRoleWord(word: string, broad = false): boolean {
  const lower = word.toLowerCase();
  if (words().roles.has(lower)) return true;
  return broad && /(?:^|,)role(?:,|$)/.test(gazetteerWord(word, lower).cats ?? '');
}
