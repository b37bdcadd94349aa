import type { Article } from '../article/article.js';
import type { Entity, Quote } from '../types.js';

/** Direct quotations with their speakers, sorted by start. */
export function findQuotes(article: Article, entities: Entity[]): Quote[] {
  void article;
  void entities;
  return [];
}
