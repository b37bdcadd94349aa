import type { Article } from '../article/article.js';
import type { Entity } from '../types.js';

/** Named entities of the article, one record per real-world entity, sorted by count then first mention. */
export function findEntities(article: Article): Entity[] {
  void article;
  return [];
}
