// The reporting-verb lexicon (data/quotes/reporting-verbs.txt), read once: single words go into a
// set, multi-word phrases ("according to") into a list matched token by token.

import fs from 'node:fs';
import { dataFile } from '../model/files.js';

export interface ReportingLexicon {
  words: ReadonlySet<string>;
  phrases: readonly (readonly string[])[];
}

let loaded: ReportingLexicon | null = null;

export function parseLexicon(source: string): ReportingLexicon {
  const words = new Set<string>();
  const phrases: string[][] = [];
  for (const raw of source.split('\n')) {
    const line = raw.trim().toLowerCase();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith(PHRASE_PREFIX)) phrases.push(line.slice(PHRASE_PREFIX.length).trim().split(/\s+/));
    else for (const w of line.split(/\s+/)) words.add(w);
  }
  return { words, phrases };
}

const PHRASE_PREFIX = 'phrase:';

export function reportingLexicon(): ReportingLexicon {
  return (loaded ??= parseLexicon(fs.readFileSync(dataFile('quotes', 'reporting-verbs.txt'), 'utf8')));
}

let organisationNouns: ReadonlyMap<string, string> | null = null;
let publicBodyWords: ReadonlySet<string> | null = null;

/** "company", "firm", "rights group": a head noun that, after "the", stands for an organisation
 *  named before (data/quotes/organisation-nouns.txt, read once): "company" for the nouns of a
 *  business, "any" for the others, null for any other word. */
export function organisationNounKind(word: string): string | null {
  organisationNouns ??= new Map([...wordList('organisation-nouns.txt')].map((l) => l.split('\t') as [string, string]));
  return organisationNouns.get(word.toLowerCase()) ?? null;
}

/** The organisation's name holds a word of a public body ("Federal Trade Commission"): no business
 *  (data/quotes/public-body-words.txt, read once). */
export function isPublicBodyName(name: string): boolean {
  publicBodyWords ??= wordList('public-body-words.txt');
  return name.toLowerCase().split(/[\s-]+/).some((w) => publicBodyWords!.has(w));
}

let documentNouns: ReadonlySet<string> | null = null;

/** "statement", "video", "letter": something that "says" what its author says
 *  (data/quotes/document-nouns.txt, read once). */
export function isDocumentNoun(word: string): boolean {
  documentNouns ??= wordList('document-nouns.txt');
  return documentNouns.has(word.toLowerCase());
}

function wordList(file: string): ReadonlySet<string> {
  return new Set(
    fs
      .readFileSync(dataFile('quotes', file), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#')),
  );
}
