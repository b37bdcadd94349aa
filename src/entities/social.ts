// Handles (@user), hashtags (#tag) and URLs: the tokenizer keeps each one whole, so a token that
// has the shape is the mention. Case does not matter on the platforms (@BrusselsSignal and
// @brusselssignal are one account), so handles and hashtags group by their lower-cased text.

import type { Token } from '../article/tokenize.js';
import type { Entity, EntityType } from '../types.js';

const HANDLE = /^@[\p{L}\p{N}_]+$/u;
const HASHTAG = /^#\p{L}[\p{L}\p{N}_]*$/u;
const URL = /^(?:(?:https?:\/\/|www\.)\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\/\S*)$/iu;

function socialType(text: string): EntityType | null {
  // Cheap first look: most tokens are plain words with none of @ # / in them.
  const c = text[0];
  if (c !== '@' && c !== '#' && !text.includes('/') && !/^www\./i.test(text)) return null;
  if (HANDLE.test(text)) return 'HANDLE';
  if (HASHTAG.test(text)) return 'HASHTAG';
  if (URL.test(text)) return 'URL';
  return null;
}

/** One entity per distinct handle, hashtag or URL, with every token that spells it. */
export function socialEntities(tokens: readonly Token[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const t of tokens) {
    const type = socialType(t.text);
    if (!type) continue;
    const key = `${type}:${type === 'URL' ? t.text : t.text.toLowerCase()}`;
    let e = byKey.get(key);
    if (!e) {
      e = { name: t.text, type, count: 0, aliases: [], mentions: [], roles: [], affiliations: [] };
      byKey.set(key, e);
    }
    if (!e.aliases.includes(t.text)) e.aliases.push(t.text);
    e.mentions.push({ start: t.start, end: t.end, text: t.text });
    e.count++;
  }
  return [...byKey.values()];
}
