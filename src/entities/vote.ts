// One name, one entity: when the recogniser typed the same name differently in one article
// ("Jordan" twice a LOCATION, once a PERSON), the mentions almost always refer to one thing (one
// sense per discourse), so they merge and take the type most of them have (the earliest on a tie).
// A place and an organisation keep apart (see distinctReferents).
// A country (a group whose name is fixed by data) takes the others in when it wins, but is never
// merged into another group: its other spellings would follow it.

import type { EntityType } from '../types.js';
import { mergeGroups, type Group } from './group.js';

const VOTING: ReadonlySet<EntityType> = new Set(['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC', 'EVENT']);

/**
 * A place and an organisation of the same name are often two real things: the city and its
 * team ("Chicago beat Detroit"), the town and its club. These two types never vote each other out.
 */
function distinctReferents(a: Group, b: Group): boolean {
  const types = new Set([a.type, b.type]);
  return types.has('LOCATION') && types.has('ORGANIZATION');
}

interface Ballot {
  group: Group;
  /** Mentions of the group spelled with this key. */
  votes: number;
  first: number;
}

export function voteSameName(groups: readonly Group[]): void {
  const byKey = new Map<string, Ballot[]>();
  for (const g of groups) {
    if (!g.live || !VOTING.has(g.type)) continue;
    const tally = new Map<string, Ballot>();
    for (const it of g.items) {
      const b = tally.get(it.key);
      if (b) b.votes++;
      else tally.set(it.key, { group: g, votes: 1, first: it.start });
    }
    for (const [key, b] of tally) {
      const list = byKey.get(key);
      if (list) list.push(b);
      else byKey.set(key, [b]);
    }
  }
  for (const list of byKey.values()) {
    if (list.length < 2) continue;
    let winner = list[0];
    for (const b of list) if (b.votes > winner.votes || (b.votes === winner.votes && b.first < winner.first)) winner = b;
    for (const b of list) if (b.group.live && !b.group.fixedName && !distinctReferents(winner.group, b.group)) mergeGroups(winner.group, b.group);
  }
}
