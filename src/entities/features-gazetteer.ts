// Gazetteer membership for the entity recogniser: which known name lists (first names, surnames,
// countries, cities, regions, organisations, sports teams, demonyms, titles, organisation and
// place head words) a word or a run of up to four words belongs to. The list is
// data/gazetteers/names.tsv, derived from compromise's lexicon by scripts/train-ner.ts (see its
// header line for source and licence); it is read once, into one Map.

import fs from 'node:fs';
import { dataFile } from '../model/files.js';

export const GAZETTEER_FILE = ['gazetteers', 'names.tsv'] as const;
export const MAX_PHRASE = 4;

let table: Map<string, string> | null = null;

/** Lower-cased phrase → its categories joined by ','. */
export function gazetteer(): Map<string, string> {
  if (table) return table;
  const t = new Map<string, string>();
  const file = dataFile(...GAZETTEER_FILE);
  if (fs.existsSync(file)) {
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line || line.startsWith('#')) continue;
      const tab = line.indexOf('\t');
      t.set(line.slice(0, tab), line.slice(tab + 1));
    }
  }
  return (table = t);
}

/**
 * Gazetteer features per token: for the longest listed phrase starting at each token, every token
 * it covers gets `category|position` (U single, B/I/L in a run); single-word categories of the
 * neighbours say "after a title", "before an organisation word".
 */
export function gazetteerFeatures(lower: readonly string[]): string[][] {
  const g = gazetteer();
  const n = lower.length;
  const out: string[][] = lower.map(() => []);
  const single: (string | undefined)[] = lower.map((w) => g.get(w));
  for (let i = 0; i < n; i++) {
    let phrase = lower[i];
    let found = 0;
    let cats: string | undefined;
    for (let k = 1; k < MAX_PHRASE && i + k < n; k++) {
      phrase += ' ' + lower[i + k];
      const c = g.get(phrase);
      if (c !== undefined) {
        found = k + 1;
        cats = c;
      }
    }
    if (found > 1) {
      for (const c of cats!.split(',')) {
        for (let k = 0; k < found; k++) out[i + k].push('gz=' + c + '|' + (k === 0 ? 'B' : k === found - 1 ? 'L' : 'I'));
      }
    }
    const s = single[i];
    if (s !== undefined) for (const c of s.split(',')) out[i].push('gz=' + c + '|U');
    if (i > 0 && single[i - 1] !== undefined) for (const c of single[i - 1]!.split(',')) out[i].push('gz-1=' + c);
    if (i + 1 < n && single[i + 1] !== undefined) for (const c of single[i + 1]!.split(',')) out[i].push('gz+1=' + c);
  }
  return out;
}
