import type { Article } from '../article/article.js';
import type { DateExpression, Entity, NewsEvent } from '../types.js';

/** TimeML event mentions with their arguments, sorted by trigger start. */
export function findEvents(article: Article, entities: Entity[], dates: DateExpression[]): NewsEvent[] {
  void article;
  void entities;
  void dates;
  return [];
}
