// Number phrases inside time expressions: "two and a half", "twenty-four", "5 1/2", "2.5", "a".

import { NUMBER_WORDS } from './vocabulary.js';

const SMALL = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`;
const TENS = String.raw`(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)`;
const UNDER_HUNDRED = String.raw`(?:${TENS}(?:[-\s]${SMALL})?|${SMALL})`;
// "three hundred and forty", "a hundred and twenty", "two thousand five hundred": counted, exactly
const HUNDREDS = String.raw`(?:(?:${SMALL}|a)\s+thousand(?:,?\s+(?:and\s+)?(?:${SMALL}\s+hundred(?:\s+(?:and\s+)?${UNDER_HUNDRED})?|${UNDER_HUNDRED}))?|(?:${SMALL}|a)\s+hundred(?:\s+(?:and\s+)?${UNDER_HUNDRED})?)`;
const WORD_NUMBER = String.raw`(?:${HUNDREDS}|${UNDER_HUNDRED}|a\s+dozen|hundreds|dozens)`;
const DIGIT_NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+1\/2)?`;
const HALF = String.raw`(?:\s+and\s+a\s+half)?`;

/** A spelled or written number, optionally "and a half"; "a"/"an" for one. */
export const NUMBER_RE_SOURCE = String.raw`(?:(?:${DIGIT_NUMBER}|${WORD_NUMBER})${HALF}|an?(?=\s)|half\s+an?)`;

/**
 * What every match of NUMBER_RE_SOURCE starts with, and what it ends with (in either case, under
 * the `i` flag): the words of a cue (Parser.cue) that reads the words right before and after a
 * number, so a sentence with a unit word but no number next to it does not compile the patterns
 * built on NUMBER_RE_SOURCE, the largest of the grammar (2-3 ms each). Prefixes and suffixes, so
 * they let through more than numbers ("each thing", "Kenya hours"), never fewer.
 */
export const NUMBER_START_CUE_SOURCE = String.raw`(?:\d|a|half|hundreds|dozens|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty)`;
export const NUMBER_END_CUE_SOURCE = String.raw`(?:\d|an?|half|thousand|hundreds?|dozens?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)`;

/** The value of a number phrase matched by NUMBER_RE_SOURCE, or null when it is not one. */
export function parseNumber(phrase: string): number | null {
  let s = phrase.toLowerCase().trim().replace(/\s+/g, ' ');
  if (/^half an?$/.test(s)) return 0.5;
  let extra = 0;
  if (s.endsWith(' and a half')) {
    extra = 0.5;
    s = s.slice(0, -' and a half'.length);
  }
  if (s.endsWith(' 1/2')) {
    extra = 0.5;
    s = s.slice(0, -' 1/2'.length);
  }
  if (/^[\d,.]+$/.test(s)) {
    const n = Number(s.replace(/,/g, ''));
    return Number.isFinite(n) ? n + extra : null;
  }
  if (s === 'hundreds' || s === 'dozens') return null;
  if (/^(?:a\s+)?couple(?:\s+of)?$/.test(s)) return 2 + extra;
  if (s in NUMBER_WORDS) return NUMBER_WORDS[s] + extra;
  if (/\b(?:hundred|thousand)\b/.test(s)) return bigNumber(s) + extra;
  const parts = s.split(/[-\s]/);
  if (parts.length === 2 && parts[0] in NUMBER_WORDS && parts[1] in NUMBER_WORDS) {
    if (parts[0] === 'a') return NUMBER_WORDS[parts[1]] + extra;
    return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]] + extra;
  }
  return null;
}

/** "three hundred and forty" → 340, "a thousand" → 1000, "two thousand five hundred" → 2500. */
function bigNumber(s: string): number {
  let total = 0;
  let current = 0;
  for (const w of s.replace(/,/g, ' ').split(/[-\s]+/)) {
    if (w === 'and' || w === '') continue;
    if (w === 'hundred') current = (current || 1) * 100;
    else if (w === 'thousand') {
      total += (current || 1) * 1000;
      current = 0;
    } else current += NUMBER_WORDS[w] ?? 0;
  }
  return total + current;
}
