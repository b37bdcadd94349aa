// The event analyzer's word groups (data/events/words.txt), read once. A multi-word entry
// ("said_to") is kept as its token sequence and matched token by token.

import fs from 'node:fs';
import { dataFile } from '../model/files.js';

export type WordGroup =
  | 'auxiliary'
  | 'modal'
  | 'negation'
  | 'reported'
  | 'possible'
  | 'future'
  | 'relative'
  | 'light'
  | 'issuing'
  | 'going'
  | 'attempt'
  | 'ongoing'
  | 'linking'
  | 'target-preposition'
  | 'place-preposition'
  | 'pronoun'
  | 'indefinite'
  | 'subordinator'
  | 'collective'
  | 'sentence-reported';

export interface EventLexicon {
  words: Record<WordGroup, ReadonlySet<string>>;
  phrases: Record<WordGroup, readonly (readonly string[])[]>;
}

export function parseEventLexicon(source: string): EventLexicon {
  const words = {} as Record<WordGroup, Set<string>>;
  const phrases = {} as Record<WordGroup, string[][]>;
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    const group = line.slice(0, colon).trim() as WordGroup;
    words[group] ??= new Set();
    phrases[group] ??= [];
    for (const entry of line.slice(colon + 1).trim().toLowerCase().split(/\s+/)) {
      if (entry.includes('_')) phrases[group].push(entry.split('_'));
      else words[group].add(entry);
    }
  }
  return { words, phrases };
}

let loaded: EventLexicon | null = null;

export function eventLexicon(): EventLexicon {
  return (loaded ??= parseEventLexicon(fs.readFileSync(dataFile('events', 'words.txt'), 'utf8')));
}

/** Does a phrase of the group start at token i (lower-cased words)? Returns its length or 0. */
export function phraseAt(lower: readonly string[], i: number, group: readonly (readonly string[])[]): number {
  for (const p of group) {
    let k = 0;
    while (k < p.length && lower[i + k] === p[k]) k++;
    if (k === p.length) return k;
  }
  return 0;
}
