// The TimeML classes a lemma usually takes when it is not an OCCURRENCE (data/events/class-cues.txt):
// a feature of the event classifiers, weighed with the context, never an answer on its own.

import fs from 'node:fs';
import { dataFile } from '../model/files.js';

export function parseClassCues(source: string): ReadonlyMap<string, readonly string[]> {
  const out = new Map<string, string[]>();
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    const cls = line.slice(0, colon).trim();
    for (const lemma of line.slice(colon + 1).trim().toLowerCase().split(/\s+/)) {
      const list = out.get(lemma) ?? [];
      if (!list.includes(cls)) list.push(cls);
      out.set(lemma, list);
    }
  }
  return out;
}

let loaded: ReadonlyMap<string, readonly string[]> | null = null;

function classCues(): ReadonlyMap<string, readonly string[]> {
  return (loaded ??= parseClassCues(fs.readFileSync(dataFile('events', 'class-cues.txt'), 'utf8')));
}

const NONE: readonly string[] = [];

/** Cue classes of a word by any of its forms (word, WordNet lemma, crude lemma), first found. */
export function cueClassesOf(...forms: string[]): readonly string[] {
  const cues = classCues();
  for (const f of forms) {
    const c = cues.get(f);
    if (c) return c;
  }
  return NONE;
}
