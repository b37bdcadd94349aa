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
  genders: SortedTsv;
  roles: Set<string>;
}

let cached: PersonWords | null = null;

function lines(file: string): string[] {
  return fs
    .readFileSync(dataFile('entities', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
}

/**
 * A `key<TAB>value` file sorted by key (in code-unit order, as first-names.tsv is), looked up by
 * binary search in its text: a cold start no longer splits 8,400 lines and fills a Map with them
 * for the few names an article has.
 */
class SortedTsv {
  private readonly starts: Int32Array;

  constructor(private readonly text: string) {
    const starts: number[] = [];
    for (let at = 0; at < text.length; ) {
      let end = text.indexOf('\n', at);
      if (end < 0) end = text.length;
      if (end > at && text.charCodeAt(at) !== 35 /* # */) starts.push(at);
      at = end + 1;
    }
    this.starts = Int32Array.from(starts);
  }

  /** < 0, 0, > 0: `key` before, equal to or after the key of the line at `at`. */
  private compare(key: string, at: number): number {
    const text = this.text;
    for (let i = 0; ; i++) {
      const a = i < key.length ? key.charCodeAt(i) : -1;
      let b = at + i < text.length ? text.charCodeAt(at + i) : -1;
      if (b === 9 || b === 10) b = -1;
      if (a !== b) return a - b;
      if (a === -1) return 0;
    }
  }

  /** The value of `key` (trimmed), or undefined. */
  get(key: string): string | undefined {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.compare(key, this.starts[mid]);
      if (c === 0) {
        const from = this.starts[mid] + key.length + 1;
        const end = this.text.indexOf('\n', from);
        return this.text.slice(from, end < 0 ? this.text.length : end).trim();
      }
      if (c < 0) hi = mid;
      else lo = mid + 1;
    }
    return undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}

function load(): PersonWords {
  const genders = new SortedTsv(fs.readFileSync(dataFile('entities', 'first-names.tsv'), 'utf8'));
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
  return (words().genders.get(word.toLowerCase()) as Gender | undefined) ?? null;
}

const PRONOUN_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...['he', 'him', 'his', 'himself'].map((w) => [w, 'm'] as const),
  ...['she', 'her', 'hers', 'herself'].map((w) => [w, 'f'] as const),
]);

/** The gender a third-person pronoun gives ("she" f, "him" m), or null (a lower-case word). */
export function pronounGender(word: string): 'm' | 'f' | null {
  return PRONOUN_GENDER.get(word) ?? null;
}

/**
 * The gender the he/she an article uses right after a person gives: a clear majority (two to
 * one), else null. Read by quote attribution (src/quotes/antecedent.ts) and event participants
 * (src/events/participants.ts), each counting the pronouns of its own sentences.
 */
export function votedGender(m: number, f: number): 'm' | 'f' | null {
  if (m === f || Math.max(m, f) < 2 * Math.min(m, f)) return null;
  return m > f ? 'm' : 'f';
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

// Lower-case particles of European surnames ("von der Leyen", "van den Broek", "da Silva").
const NAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'dos', 'das', 'le', 'la', 'ter', 'ten']);

/** A lower-case particle inside a surname: "von", "der", "da". */
export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word);
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
