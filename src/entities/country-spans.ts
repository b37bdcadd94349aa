// Official country names the recogniser cut short or split: it was trained on CoNLL news, which
// says "Russia", so "Russian Federation" may come as "Russian" (MISC) + "Federation" (ORG) and
// "Republic of Serbia" as "Serbia" alone. A mention grows over at most MAX_GROW tokens on
// either side when the longer span is a country name of the lexicon, and replaces the mentions
// it covers.

import type { Token } from '../article/tokenize.js';
import type { Lexicon } from './lexicon.js';
import type { Mention } from './mention.js';
import { nameKey } from './names.js';
import { firstIndex } from '../article/search.js';

const MAX_GROW = 3;

function tokenIndex(tokens: readonly Token[], offset: number, byEnd: boolean): number {
  const at = (t: Token) => (byEnd ? t.end : t.start);
  const i = firstIndex(tokens, (t) => at(t) >= offset);
  return i < tokens.length && at(tokens[i]) === offset ? i : -1;
}

/** The widest country name around mention tokens [a, b], as token indices, or null. */
function widest(text: string, tokens: readonly Token[], a: number, b: number, lex: Lexicon): [number, number] | null {
  const fits = (i: number) => i >= 0 && i < tokens.length && lex.countryWords.has(tokens[i].text.toLowerCase());
  let lo = a;
  while (lo > a - MAX_GROW && fits(lo - 1) && !text.slice(tokens[lo - 1].end, tokens[lo].start).includes('\n')) lo--;
  let hi = b;
  while (hi < b + MAX_GROW && fits(hi + 1) && !text.slice(tokens[hi].end, tokens[hi + 1].start).includes('\n')) hi++;
  if (lo === a && hi === b) return null;
  for (let s = lo; s <= a; s++)
    for (let e = hi; e >= b; e--) {
      if (s === a && e === b) continue;
      // A name starts with a capital, and not with an article ("The United States" is "United States").
      if (!/^\p{Lu}/u.test(tokens[s].text) || tokens[s].text.toLowerCase() === 'the') continue;
      if (lex.countries.has(nameKey(text.slice(tokens[s].start, tokens[e].end)))) return [s, e];
    }
  return null;
}

export function growCountrySpans(text: string, tokens: readonly Token[], mentions: readonly Mention[], lex: Lexicon): Mention[] {
  const sorted = [...mentions].sort((x, y) => x.start - y.start);
  const out: Mention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end && last.type === 'LOCATION' && m.end <= last.end) continue; // inside a grown name
    if (m.type === 'PERSON') {
      out.push(m);
      continue;
    }
    const a = tokenIndex(tokens, m.start, false);
    const b = tokenIndex(tokens, m.end, true);
    const grown = a >= 0 && b >= a ? widest(text, tokens, a, b, lex) : null;
    if (!grown) {
      out.push(m);
      continue;
    }
    const start = tokens[grown[0]].start;
    const end = tokens[grown[1]].end;
    // Mentions already kept that the grown name covers give way to it.
    while (out.length && out[out.length - 1].end > start && out[out.length - 1].start >= start) out.pop();
    out.push({ start, end, text: text.slice(start, end), type: 'LOCATION' });
  }
  return out;
}
