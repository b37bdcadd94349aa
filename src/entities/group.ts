// The working state of resolution: each mention (an Item) belongs to one Group, a candidate
// real-world entity, and linkers merge groups.

import type { EntityType } from '../types.js';
import type { Country, Nationality } from './lexicon.js';

export interface Item {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** nameKey(text) */
  key: string;
  words: string[];
  country: Country | null;
  nationality: Nationality | null;
  /** True for a role phrase ("Serbian President") counted as a mention of a person. */
  role: boolean;
  group: Group;
}

export interface Group {
  type: EntityType;
  /** The entity name when it is fixed by data (a country's common name), else null. */
  fixedName: string | null;
  /** The name to use when the text spells it (a nationality's demonym "Serbian" over "Serbs"). */
  preferredName: string | null;
  items: Item[];
  /** False once merged into another group. */
  live: boolean;
}

export function newGroup(type: EntityType, fixedName: string | null = null, preferredName: string | null = null): Group {
  return { type, fixedName, preferredName, items: [], live: true };
}

/**
 * Merges `from` into `into` (the type and fixed name of `into` win). Each linker merges a group
 * at most once, so an item moves a bounded number of times and resolution stays linear.
 */
export function mergeGroups(into: Group, from: Group): Group {
  if (into === from) return into;
  for (const it of from.items) {
    it.group = into;
    into.items.push(it);
  }
  from.items = [];
  from.live = false;
  return into;
}
