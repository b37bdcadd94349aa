// When a month word written in lower case, or abbreviated without its period, is a month. A
// capitalised full name is (the month parser has its own tests for "May" and "March", which are
// also a name and a verb); the other forms are words too ("may be", "march on", "to mar", "Jan
// said"), so they need what only a date has: a day or year number after them, or a date
// preposition before them ("in april", "by september 3").

import { textBefore, type ParsingContext } from './context.js';

/** Prepositions and words that put a following month word in a date ("since march", "early june"). */
const DATE_WORD_BEFORE = /(?:^|[\s(])(?:in|on|since|until|till|by|during|early|late|mid|throughout|through|before|after|from|last|next|this|each|every|of|the)\s+$|mid-$/u;
// fewer for a word that is also a verb or modal: "this may be", "the march", "to march", "each march"
const STRICT_DATE_WORD_BEFORE = /(?:^|[\s(])(?:in|on|since|until|till|by|during|early|late|mid|throughout|before|after|from|last|next)\s+$|mid-$/u;
// lower-case words that are, in their own right, a common verb or modal
const WORD_TOO = new Set(['may', 'march', 'mar', 'jan', 'jun', 'dec', 'sat', 'sun', 'wed']);

/** `numberAfter`: a day or year follows the word; `year`: a four-digit year does. */
export function monthWordIsMonth(ctx: ParsingContext, start: number, word: string, numberAfter: boolean, year = false): boolean {
  const lower = /^\p{Ll}/u.test(word);
  const bare = !word.endsWith('.') && word.length <= 4 && !/^(?:may|june|july|sept)$/iu.test(word);
  if (!lower && !bare) return true;
  if (!lower) return numberAfter; // "Oct 2019", "Mar 8"
  if (year) return true; // "october 2019", "may 2020"
  const before = textBefore(ctx, start, 12).toLowerCase();
  const w = word.toLowerCase().replace(/\.$/, '');
  if (WORD_TOO.has(w) || bare) return STRICT_DATE_WORD_BEFORE.test(before) && (numberAfter || !bare);
  return numberAfter || DATE_WORD_BEFORE.test(before);
}
