// Clock times said in words, as transcripts and quotes write them: "a quarter past 4pm", "half past
// three", "twenty minutes to five", "ten past six", "a quarter to nine", "five minutes after noon".
// "to", "before", "after" and "of" also join plain numbers ("odds of ten to one", "won nine to
// three"), so with them the minutes must be a quarter or say "minutes", or the hour must say a.m.,
// p.m. or o'clock. An hour without a.m. or p.m. stays as written (4:40, not 16:40).

import { parseNumber } from '../numbers.js';
import { B, E, pattern, type Parser } from '../parser.js';
import { ZONE_SOURCE, zoneSuffix } from '../time-zones.js';
import { clockCandidate, hhmm, MERIDIEM_SOURCE } from './time-of-day.js';

const SMALL = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const MINUTES = String.raw`(?:(?:twenty|thirty|forty|fifty)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|${SMALL}|\d{1,2})`;
const HOUR = String.raw`(?:\d{1,2}(?![\p{N}:])|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)(?![\p{L}]))`;

const CLOCK_WORDS_RE = pattern(
  `${B}(?:(a\\s+quarter|quarter|half)|(${MINUTES})(\\s+minutes?)?)\\s+(past|after|to|before|of|till)\\s+(${HOUR})` +
    `(?:\\s*(${MERIDIEM_SOURCE})|\\s+(o['’]clock))?(?:${ZONE_SOURCE})?`,
  'giu',
);

export const clockWordsParser: Parser = {
  name: 'clock-words',
  pattern: CLOCK_WORDS_RE,
  // the quarter, half or "minutes" before the joining word, or a number word on both sides of
  // "past"/"to"/"till" ("ten past six"); "one of", "two to" alone do not wake the pattern
  cue: /(?:quarter|half|minutes?)\s+(?:past|after|to|before|of|till)\s|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty)\s+(?:past|to|till)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midnight)/iu,
  extract(ctx, m, offset) {
    const part = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const word = m[4].toLowerCase();
    const marked = !!(m[6] || m[7]);
    const hourWord = m[5].toLowerCase();
    if (word !== 'past' && !part?.includes('quarter') && !m[3] && !marked) return null;
    // "9 to 5 p.m." is a span of hours (clock-ranges); minutes in figures must say "minutes"
    if (m[2] && /^\d/.test(m[2]) && !m[3]) return null;
    if (part === 'half' && word !== 'past') return null;
    const minutes = part ? (part === 'half' ? 30 : 15) : parseNumber(m[2].replace(/-/g, ' '));
    if (minutes === null || minutes < 1 || minutes > 59) return null;
    let h = hourWord === 'noon' ? 12 : hourWord === 'midnight' ? 24 : /^\d/.test(hourWord) ? +hourWord : parseNumber(hourWord);
    if (h === null || h < 1 || h > 24) return null;
    if (m[6]) {
      if (h > 12) return null;
      h = (h % 12) + (/^p/i.test(m[6]) ? 12 : 0);
    }
    const back = word === 'to' || word === 'before' || word === 'of' || word === 'till';
    let total = h * 60 + (back ? -minutes : minutes);
    if (total < 0) total += 24 * 60;
    const time = hhmm(Math.floor(total / 60) % 24, total % 60);
    return clockCandidate(ctx, this.name, offset + m.index, m[0], time + zoneSuffix(m[8], m[9], m[10]));
  },
};
