// Acronyms joined to their expansion: "EU" ↔ "European Union", "UN" ↔ "United Nations". The pair
// is found in the article itself (the initials of a longer name of the document) or in the data
// list of well-known organisations (data/entities/organisation-acronyms.tsv).

import type { EntityType } from '../types.js';
import { mergeGroups, type Group } from './group.js';
import type { Lexicon } from './lexicon.js';

const ACRONYM = /^\p{Lu}(?:\.?\p{Lu}){1,5}\.?$/u;
/** Small words an acronym skips: "Organisation *for* Economic Co-operation". */
const SKIPPED = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'de', 'des', 'du', 'la', 'le', 'for', 'to', '&']);
const LINKABLE: ReadonlySet<EntityType> = new Set(['ORGANIZATION', 'MISC', 'LOCATION', 'EVENT']);

function initials(words: string[]): string {
  return words
    .filter((w) => !SKIPPED.has(w))
    .map((w) => w[0])
    .join('');
}

function bestSurface(g: Group): { text: string; key: string; words: string[] } {
  let best = g.items[0];
  for (const it of g.items) if (it.words.length > best.words.length) best = it;
  return best;
}

export function linkAcronyms(groups: readonly Group[], lex: Lexicon): void {
  const candidates = groups.filter((g) => g.live && LINKABLE.has(g.type) && !g.fixedName);
  // Expansions of the document by their initials and by their own key; an initialism two names
  // share ("PA": "Palestinian Authority", "Press Association") links neither.
  const byInitials = new Map<string, Group | null>();
  const byKey = new Map<string, Group>();
  for (const g of candidates) {
    const s = bestSurface(g);
    byKey.set(s.key, g);
    if (s.words.length < 2) continue;
    const ini = initials(s.words);
    if (ini.length < 2) continue;
    byInitials.set(ini, byInitials.has(ini) && byInitials.get(ini) !== g ? null : g);
  }
  for (const g of candidates) {
    if (!g.live) continue;
    const s = bestSurface(g);
    if (s.words.length !== 1 || !ACRONYM.test(s.text)) continue;
    const known = lex.acronyms.get(s.key);
    const expansion = byInitials.get(s.key) ?? (known ? byKey.get(known) : undefined);
    if (!expansion || !expansion.live || expansion === g) continue;
    // The recogniser may type the two forms differently ("NLD" an organisation six times, its
    // expansion once a MISC): the merged entity takes the type most mentions have.
    if (g.items.length > expansion.items.length) expansion.type = g.type;
    mergeGroups(expansion, g);
  }
}
