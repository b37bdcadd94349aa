// What a finished group shows: its name (the most complete proper name), its aliases (the
// distinct surface forms) and its mentions in text order.

import type { Entity } from '../types.js';
import type { Group, Item } from './group.js';
import { isAllCaps } from './names.js';

/** More words first (the full name over the surname, the expansion over the acronym), then a
 * form not in headline capitals, then the longer text, then the earlier one. Role phrases are
 * descriptions and never name anyone. */
function better(a: Item, b: Item): boolean {
  if (a.role !== b.role) return !a.role;
  if (a.words.length !== b.words.length) return a.words.length > b.words.length;
  const capsA = isAllCaps(a.text) && a.text.length > 3;
  const capsB = isAllCaps(b.text) && b.text.length > 3;
  if (capsA !== capsB) return !capsA;
  if (a.text.length !== b.text.length) return a.text.length > b.text.length;
  return a.start < b.start;
}

export function toEntity(g: Group): Entity {
  const items = [...g.items].sort((a, b) => a.start - b.start);
  let best = items[0];
  for (const it of items) if (better(it, best)) best = it;
  const preferred = g.preferredName?.toLowerCase();
  if (preferred) best = items.find((it) => it.text.toLowerCase() === preferred) ?? best;
  // Aliases: one per spelling, compared without case; a headline "RUSSIA" gives way to "Russia".
  const aliases = new Map<string, string>();
  for (const it of items) {
    const k = it.text.normalize('NFC').toLowerCase();
    const seen = aliases.get(k);
    if (seen === undefined || (isAllCaps(seen) && !isAllCaps(it.text))) aliases.set(k, it.text);
  }
  return {
    name: g.fixedName ?? best.text,
    type: g.type,
    count: items.length,
    aliases: [...aliases.values()],
    mentions: items.map((it) => ({ start: it.start, end: it.end, text: it.text })),
    roles: [],
    affiliations: [],
  };
}
