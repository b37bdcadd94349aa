import type { Article } from '../article/article.js';
import type { Entity } from '../types.js';
import { recognizeMentions } from './recognize.js';
import { resolveEntities } from './resolve.js';

/** Named entities of the article: recognise typed mentions, then merge them into real-world entities. */
export function findEntities(article: Article): Entity[] {
  return resolveEntities(article, recognizeMentions(article));
}
