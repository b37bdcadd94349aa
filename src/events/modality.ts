// Polarity and modality of an event, from the words of its verbal group (or its noun phrase) and
// from where it stands: "did not attend", "never to impose", "no agreement" are negated; "may",
// "could", "a possible visit" possible; "will", "is scheduled to", a date after the article's own
// future; "reportedly", "is said to", "according to", a quotation or the complement of a
// reporting verb reported.

import type { Modality } from '../types.js';
import type { SentenceContext } from './context.js';
import { phraseAt, eventLexicon, type WordGroup } from './lexicon.js';

// How far before the verbal group a cue phrase ("is scheduled to", "plans to") may start.
const CUE_REACH = 4;

function hasWord(c: SentenceContext, from: number, to: number, group: WordGroup): boolean {
  const set = eventLexicon().words[group];
  for (let k = Math.max(0, from); k < to; k++) if (set.has(c.lower[k])) return true;
  return false;
}

function hasPhrase(c: SentenceContext, from: number, to: number, group: WordGroup): boolean {
  const list = eventLexicon().phrases[group];
  for (let k = Math.max(0, from); k < to; k++) if (phraseAt(c.lower, k, list)) return true;
  return false;
}

/** [from, i) is the verbal group or the noun phrase before trigger i. */
export function isNegated(c: SentenceContext, from: number, i: number): boolean {
  if (hasWord(c, from, i, 'negation')) return true;
  return from > 0 && c.lower[from - 1] === 'without';
}

/** "according to officials, …": every event of the sentence is reported. */
export function sentenceReported(c: SentenceContext): boolean {
  return hasPhrase(c, 0, c.words.length, 'sentence-reported');
}

export interface ModalityContext {
  /** The sentence carries a sentence-wide evidential cue (sentenceReported). */
  reportedSentence: boolean;
  /** The event's date starts after the article's reference date. */
  futureDate: boolean;
  /** The event lies in the complement of a reporting event of the same sentence. */
  afterReporting: boolean;
  /** Modality of the event that governs this one through an infinitive ("promised to provide"). */
  governor: Modality | null;
}

export function modalityOf(c: SentenceContext, from: number, i: number, m: ModalityContext): Modality {
  const cueFrom = from - CUE_REACH;
  if (hasWord(c, cueFrom, i, 'reported') || hasPhrase(c, cueFrom, i, 'reported') || m.reportedSentence)
    return 'reported';
  if (hasWord(c, from, i, 'possible')) return 'possible';
  if (hasWord(c, from, i, 'future') || hasPhrase(c, cueFrom, i, 'future') || m.futureDate) return 'future';
  if (m.governor && m.governor !== 'asserted') return m.governor;
  if (c.quoted[i] || m.afterReporting) return 'reported';
  return 'asserted';
}
