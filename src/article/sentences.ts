// Sentence and paragraph boundaries over tokens. A line break always ends a sentence (news files
// put one paragraph per line, CoNLL one sentence per line); inside a line, . ! ? … end one when
// the next token can open a sentence and the token before the stop is not an abbreviation.

import type { Token } from './tokenize.js';

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (a non-empty line: news files put one paragraph per line) it lies in. */
  paragraph: number;
  tokens: Token[];
}

export interface Paragraph {
  start: number;
  end: number;
}

const STOPS = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
// A straight mark closes a quotation or opens one by its spacing: after a stop and a space,
// glued to the word after it ('He left. "We won."'), it opens the next sentence.
const STRAIGHT_MARKS = new Set(['"', "'"]);
// Words that take a period without ending a sentence (titles, months, common Latin).
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep st jr sr rev hon pres amb no vs etc inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec mt ft fig al approx dept est'.split(' '),
);

// Weekday abbreviations end no sentence before a date: "on Wed. 12 March", "Thurs. Oct. 3". Only
// there: "Sun." and "Sat." are words too ("under the sun. The …").
const WEEKDAYS = new Set('mon tue tues wed thu thur thurs fri sat sun'.split(' '));
const MONTHS = new Set(
  'jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october november december'.split(' '),
);

function opensDate(t: Token | undefined): boolean {
  return t !== undefined && (/^\d/.test(t.text) || MONTHS.has(t.text.toLowerCase()));
}

export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    out.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return out;
}

function opensSentence(t: Token): boolean {
  return /^[\p{Lu}\p{N}"“‘'(\[«¿¡@#—–-]/u.test(t.text) || /^\p{Extended_Pictographic}/u.test(t.text);
}

function isAbbreviation(t: Token, next: Token | undefined): boolean {
  const w = t.text.toLowerCase();
  if (ABBREVIATIONS.has(w)) return true;
  if (WEEKDAYS.has(w) && opensDate(next)) return true;
  // A single capital letter followed by a capitalised word is an initial ("J. Smith").
  return /^\p{Lu}$/u.test(t.text) && next !== undefined && /^\p{Lu}/u.test(next.text);
}

function opensAfterSpace(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return STRAIGHT_MARKS.has(tokens[k].text) && tokens[k - 1].end < tokens[k].start && next !== undefined && next.start === tokens[k].end;
}

export function splitSentences(tokens: Token[], paragraphs: Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  let p = 0;
  let i = 0;
  while (i < tokens.length) {
    while (p < paragraphs.length - 1 && tokens[i].start >= paragraphs[p].end) p++;
    const para = paragraphs[p];
    const begin = i;
    let j = i;
    for (; j < tokens.length; j++) {
      const t = tokens[j];
      const next = tokens[j + 1];
      if (!next || next.start >= para.end) break;
      if (!STOPS.has(t.text)) continue;
      let k = j + 1;
      while (k < tokens.length && tokens[k].start < para.end && (CLOSERS.has(tokens[k].text) || STOPS.has(tokens[k].text)) && !opensAfterSpace(tokens, k)) k++;
      const after = tokens[k];
      if (!after || after.start >= para.end) {
        j = k - 1;
        break;
      }
      const prev = tokens[j - 1];
      if (t.text === '.' && prev && prev.end === t.start && isAbbreviation(prev, after)) continue;
      if (after.start === tokens[k - 1].end) continue; // "3.5", "e.g.x": no space, no boundary
      if (opensSentence(after)) {
        j = k - 1;
        break;
      }
    }
    const last = Math.min(j, tokens.length - 1);
    const sentTokens = tokens.slice(begin, last + 1);
    sentences.push({ start: sentTokens[0].start, end: sentTokens[sentTokens.length - 1].end, paragraph: p, tokens: sentTokens });
    i = last + 1;
  }
  return sentences;
}
