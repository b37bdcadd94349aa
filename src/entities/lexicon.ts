// The word lists entity resolution reads (data/entities/*, each with its source in its header),
// loaded once on first use: about 25 kB of text, a few milliseconds.

import fs from 'node:fs';
import { dataFile } from '../model/files.js';
import { nameKey } from './names.js';

export interface Country {
  code: string;
  /** The common English short name: the entity name of every alias ("Russia", not "Russian Federation"). */
  name: string;
  /** The main demonym ("Serbian"), the nationality key of roles such as "Serbian President". */
  demonym: string | null;
}

export interface Nationality {
  /** Folded main demonym of the country ("serbian" for "Serbs"), or the folded word itself. */
  key: string;
  /** The entity name of the nationality: the demonym as written ("Serbian" for "Serbs"). */
  name: string;
  code: string | null;
}

export interface Lexicon {
  countries: Map<string, Country>;
  /** Every word of every country name, lower-cased: the cheap first test of country-spans.ts. */
  countryWords: Set<string>;
  nationalities: Map<string, Nationality>;
  /** Folded acronym → folded expansion. */
  acronyms: Map<string, string>;
  eventWords: Set<string>;
  /** Event words strong enough to retype an ORGANIZATION name ("Victory Day"). */
  strongEventWords: Set<string>;
  /** Folded title → true when it names a head of state or government. */
  titles: Map<string, boolean>;
}

let cached: Lexicon | null = null;

function rows(file: string): string[][] {
  return fs
    .readFileSync(dataFile('entities', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

/** Plural of a demonym used as a noun: "Russians", "Israelis"; "-ese", "-ish", "-ch" take none. */
function demonymPlural(d: string): string | null {
  return /(?:an|i)$/.test(d) ? `${d}s` : null;
}

function load(): Lexicon {
  const countries = new Map<string, Country>();
  const byCode = new Map<string, Country>();
  const demonymOwners = new Map<string, { code: string; independent: boolean }[]>();
  for (const [code, name, aliases = '', demonyms = '', independent = '0'] of rows('countries.tsv')) {
    const ds = demonyms.split('|').filter(Boolean);
    const country: Country = { code, name, demonym: ds[0] ?? null };
    byCode.set(code, country);
    for (const a of [name, ...aliases.split('|').filter(Boolean)]) countries.set(nameKey(a), country);
    for (const d of ds) {
      const owners = demonymOwners.get(d) ?? [];
      owners.push({ code, independent: independent === '1' });
      demonymOwners.set(d, owners);
    }
  }
  for (const [code, alias, flag] of rows('country-aliases-extra.tsv')) {
    const country = byCode.get(code);
    if (!country) continue;
    if (flag === 'name') country.name = alias;
    countries.set(nameKey(alias), country);
  }

  const countryWords = new Set<string>();
  for (const key of countries.keys()) for (const w of key.split(' ')) countryWords.add(w);

  const nationalities = new Map<string, Nationality>();
  for (const [d, owners] of demonymOwners) {
    // A demonym two states share ("Dominican") names no one country; a sovereign state wins over
    // a territory that shares its demonym ("American": United States, not Northern Mariana Islands).
    const states = owners.filter((o) => o.independent);
    const pick = states.length === 1 ? states[0] : owners.length === 1 ? owners[0] : null;
    const nat: Nationality = { key: nameKey(d), name: d, code: pick?.code ?? null };
    nationalities.set(nameKey(d), nat);
    const plural = demonymPlural(d);
    if (plural) nationalities.set(nameKey(plural), nat);
  }
  for (const [word, code] of rows('nationality-words.tsv')) {
    const country = code && code !== '-' ? byCode.get(code) : undefined;
    const name = country?.demonym ?? word;
    if (!nationalities.has(nameKey(word))) nationalities.set(nameKey(word), { key: nameKey(name), name, code: country?.code ?? null });
  }

  const acronyms = new Map<string, string>();
  for (const [acronym, expansion] of rows('organisation-acronyms.tsv')) {
    acronyms.set(nameKey(acronym), nameKey(expansion));
  }
  const eventRows = rows('event-words.txt');
  const eventWords = new Set(eventRows.map(([w]) => nameKey(w)));
  const strongEventWords = new Set(eventRows.filter(([, flag]) => flag === 'any').map(([w]) => nameKey(w)));
  const titles = new Map(rows('titles.tsv').map(([t, flag]) => [nameKey(t), flag === 'leader'] as const));
  return { countries, countryWords, nationalities, acronyms, eventWords, strongEventWords, titles };
}

export function lexicon(): Lexicon {
  cached ??= load();
  return cached;
}
