// The entity mentions of an article sorted by position, for the speaker steps to look up the
// entity at a mention, before it or after it with a binary search.

import type { Entity } from '../types.js';
import { firstIndex } from '../article/search.js';

export interface Placed {
  start: number;
  end: number;
  entity: Entity;
}

export interface EntityIndex {
  /** Every entity mention, sorted by start. */
  mentions: Placed[];
  byStart: Map<number, Entity>;
  /** Role phrases already looked up in the text (each search reads the whole text once). */
  roles: Map<string, Entity | null>;
}

export function indexEntities(entities: readonly Entity[]): EntityIndex {
  const mentions: Placed[] = [];
  for (const entity of entities) for (const m of entity.mentions) mentions.push({ start: m.start, end: m.end, entity });
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, byStart: new Map(mentions.map((m) => [m.start, m.entity])), roles: new Map() };
}

/** Index of the first mention starting at or after `offset`. */
export function firstFrom(index: EntityIndex, offset: number): number {
  return firstIndex(index.mentions, (m) => m.start >= offset);
}
