import type { Article, Token } from '../article/article.js';
import type { EntityType } from '../types.js';
import type { Mention } from './mention.js';
import { mapPacked } from '../model/packed.js';
import { articleTags } from '../model/pos.js';
import { nerModels, prepareDocument, spansOf, tagDocument, type NerType } from './ner.js';
import { isFirstName, isNameParticle } from './person-words.js';

const TYPES: Record<NerType, EntityType> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'LOCATION', MISC: 'MISC' };

// Tokens that never begin or end a name: punctuation alone and the possessive clitic.
const EDGE_JUNK = /^(?:[^\p{L}\p{N}]+|['’][sS])$/u;
const POSSESSIVE = /^['’][sS]?$/;
const ARTICLE_SURNAME = /^(?:al|el|ad|ar|as|ash|at|az|an)-\p{Lu}\p{L}+$/u;
// A short word that takes an abbreviation period: "Corp", "Inc", "Jr", "Co", a single initial.
const ABBREVIATED = /^\p{Lu}[\p{L}]{0,3}$/u;
// Handles, hashtags, URLs and e-mail addresses are reported by the resolver, never as names.
const NOT_A_NAME = /^[@#]|:\/\/|^www\.|@|\//i;

/** Name mentions in the text, typed, with clean boundaries. */
export function recognizeMentions(article: Article): Mention[] {
  if (article.sentences.length === 0) return [];
  const doc = prepareDocument(
    mapPacked(article.sentences, (s) => mapPacked(s.tokens, (t) => t.text)),
    articleTags(article),
  );
  const labels = tagDocument(nerModels(), doc);
  const out: Mention[] = [];
  article.sentences.forEach((s, si) => {
    const spans = spansOf(labels[si]);
    for (let i = 0; i < spans.length; i++) {
      let { start, end } = spans[i];
      let type = TYPES[spans[i].type];
      // "Ursula von der Leyen": the recogniser may cut the name at its lower-case particles.
      const next = spans[i + 1];
      if (next && particlesBetween(s.tokens, start, end, next.start)) {
        end = next.end;
        type = 'PERSON';
        i++;
      }
      const m = cleanMention(article.text, s.tokens, start, end, type);
      if (m) out.push(m);
    }
  });
  return out;
}

const MAX_PARTICLES = 2;

/** One or two particles alone between a known first name ending the span [start, end) and the next span at `next`. */
function particlesBetween(tokens: readonly Token[], start: number, end: number, next: number): boolean {
  const gap = next - end;
  if (gap < 1 || gap > MAX_PARTICLES || !isFirstName(tokens[end - 1].text) || end - 1 < start) return false;
  for (let i = end; i < next; i++) if (!isNameParticle(tokens[i].text)) return false;
  return /^\p{Lu}/u.test(tokens[next].text);
}

/**
 * Punctuation that belongs to the name at its end: the period of an abbreviation written against
 * it ("Corp.", "Jr."), and a bracket closing one opened inside the name ("Mladost (BJ)").
 */
function closesName(tokens: readonly Token[], from: number, last: number): boolean {
  const t = tokens[last];
  if (t.text === '.') return last > from && tokens[last - 1].end === t.start && ABBREVIATED.test(tokens[last - 1].text);
  if (t.text === ')') {
    let depth = 0;
    for (let i = from; i < last; i++) depth += tokens[i].text === '(' ? 1 : tokens[i].text === ')' ? -1 : 0;
    return depth > 0;
  }
  return false;
}

/** The mention over tokens [from, to), without junk at its edges; null when nothing name-like is left. */
function cleanMention(text: string, tokens: readonly Token[], from: number, to: number, type: EntityType): Mention | null {
  // "Thomas' sister", "Smith’s lawyer": a person's name ends at its possessive before a common noun.
  if (type === 'PERSON') for (let i = from + 1; i < to - 1; i++) if (POSSESSIVE.test(tokens[i].text) && /^\p{Ll}/u.test(tokens[i + 1].text)) to = i;
  // "Suleiman al-Amr": a surname with an Arabic article the recogniser left out, lower case as written.
  if (type === 'PERSON') while (to < tokens.length && ARTICLE_SURNAME.test(tokens[to].text) && tokens[to].start === tokens[to - 1].end + 1) to++;
  while (from < to && EDGE_JUNK.test(tokens[from].text)) from++;
  while (to > from && EDGE_JUNK.test(tokens[to - 1].text) && !closesName(tokens, from, to - 1)) to--;
  if (from === to) return null;
  for (let i = from; i < to; i++) if (NOT_A_NAME.test(tokens[i].text)) return null;
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  return { start, end, text: text.slice(start, end), type };
}
