import type { Article } from '../article/article.js';
import type { DateExpression } from '../types.js';

/** TIMEX3 time expressions of the article, sorted by start. */
export function findDates(article: Article): DateExpression[] {
  void article;
  return [];
}
