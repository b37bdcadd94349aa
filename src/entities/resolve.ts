import type { Article } from '../article/article.js';
import type { Entity } from '../types.js';
import type { Mention } from './mention.js';

/** Mentions merged into one record per real-world entity, sorted by count then first mention. */
export function resolveEntities(article: Article, mentions: Mention[]): Entity[] {
  void article;
  const byName = new Map<string, Entity>();
  for (const m of mentions) {
    const key = `${m.type}:${m.text}`;
    const e = byName.get(key) ?? { name: m.text, type: m.type, count: 0, aliases: [m.text], mentions: [] };
    e.mentions.push({ start: m.start, end: m.end, text: m.text });
    e.count++;
    byName.set(key, e);
  }
  return [...byName.values()].sort((a, b) => b.count - a.count || a.mentions[0].start - b.mentions[0].start);
}
