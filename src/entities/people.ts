// Short forms of a person's name joined to the full name: "Vučić" → "Aleksandar Vučić",
// "Donald J. Trump" ↔ "Donald Trump", a first name alone "Ahmed" → "Ahmed Mohamed". Only when
// unambiguous in the document: with both "Hillary Clinton" and "Bill Clinton" named once each, a
// bare "Clinton" stays its own entity; a surname shared by full names named unequally often goes
// to the one named most (the article's subject); "Ms Bauchtman" after "Lydia Buchtmann" is her
// name misspelt.

import { editDistance } from '../article/edit-distance.js';
import { mergeGroups, type Group } from './group.js';
import { firstNameGender, isFirstName } from './person-words.js';

/** Honorifics that give a gender; a surname after one is not a full name of the other gender. */
const HONORIFIC_GENDER: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...['mr', 'mr.', 'sir', 'lord'].map((w) => [w, 'm'] as const),
  ...['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady'].map((w) => [w, 'f'] as const),
]);
const WORD_BEFORE_RE = /(\S+)\s+$/;

/**
 * "Mr. Obama" in an article whose only full name ending so is "Michelle Obama": the surname is
 * someone else (the recogniser missed his full name), so it is not joined to hers.
 */
function otherGender(text: string, ownerWords: readonly string[], g: Group): boolean {
  const first = firstNameGender(ownerWords[0]);
  if (first !== 'm' && first !== 'f') return false;
  for (const it of g.items) {
    const before = WORD_BEFORE_RE.exec(text.slice(Math.max(0, it.start - 12), it.start))?.[1].toLowerCase();
    const h = before ? HONORIFIC_GENDER.get(before) : undefined;
    if (h && h !== first) return true;
  }
  return false;
}

/** The gender an honorific just before a mention gives it ("Ms Bauchtman"), or null. */
function honorificGender(text: string, g: Group): 'm' | 'f' | null {
  for (const it of g.items) {
    const before = WORD_BEFORE_RE.exec(text.slice(Math.max(0, it.start - 12), it.start))?.[1].toLowerCase();
    const h = before ? HONORIFIC_GENDER.get(before) : undefined;
    if (h) return h;
  }
  return null;
}

/** Shortest surname a misspelling is matched for; shorter ones are too close to each other. */
const MIN_MISSPELT = 6;
/** Edits (insert, delete, substitute, swap two letters) a misspelt surname may be away. */
const MAX_EDITS = 2;

/** Longest name whose suffixes are indexed; longer ones are lists or errors, not names. */
const MAX_WORDS = 6;
const MISTYPED: ReadonlySet<string> = new Set(['ORGANIZATION', 'MISC']);

function wordsOf(g: Group): string[] {
  let best: string[] = [];
  for (const it of g.items) if (it.words.length > best.length) best = it.words;
  return best;
}

export function linkPeople(groups: readonly Group[], text: string): void {
  const people = groups.filter((g) => g.live && g.type === 'PERSON');
  const words = new Map(people.map((g) => [g, wordsOf(g)] as const));
  people.sort((a, b) => words.get(b)!.length - words.get(a)!.length);

  // 1. Full names with and without middle names or initials: same first and last word.
  const byEnds = new Map<string, Group>();
  const full: Group[] = [];
  for (const g of people) {
    const w = words.get(g)!;
    if (w.length < 2 || w.length > MAX_WORDS) continue;
    const ends = `${w[0]} ${w[w.length - 1]}`;
    const longer = byEnds.get(ends);
    if (longer) mergeGroups(longer, g);
    else {
      byEnds.set(ends, g);
      full.push(g);
    }
  }

  // 2. Every proper suffix of a full name ("Putin", "van Gogh") points to the names ending so.
  const bySuffix = new Map<string, Set<Group>>();
  for (const g of full) {
    const w = words.get(g)!;
    for (let i = 1; i < w.length; i++) {
      const suffix = w.slice(i).join(' ');
      const owners = bySuffix.get(suffix) ?? new Set<Group>();
      owners.add(g);
      bySuffix.set(suffix, owners);
    }
  }
  // 3. A surname the recogniser typed otherwise ("Putin" as an organisation) is still the person
  // when exactly one full name of the article ends with it (CoNLL dev with the recogniser: +0.12
  // strict F1; with gold mentions, where it can only hurt: -0.03).
  const others = groups.filter((g) => g.live && MISTYPED.has(g.type) && !g.fixedName);
  for (const g of [...people, ...others]) {
    if (!g.live) continue;
    const owner = mainOwner(bySuffix.get((words.get(g) ?? wordsOf(g)).join(' ')));
    if (owner && owner.live && owner !== g && !otherGender(text, words.get(owner)!, g)) mergeGroups(owner, g);
  }

  // 4. A surname after an honorific that no full name ends with is a misspelling of the one full
  // name whose surname is a letter or two away and of the honorific's gender ("Ms Bauchtman"
  // after "Lydia Buchtmann"): a reader takes it for her, where an honorific is only used for
  // someone introduced before. Few such surnames per article, each against the full names
  // sharing its first letter.
  const bySurnameStart = new Map<string, Group[]>();
  for (const g of full) {
    const w = words.get(g)!;
    const last = w[w.length - 1];
    if (last.length < MIN_MISSPELT - MAX_EDITS) continue;
    const list = bySurnameStart.get(last[0]) ?? [];
    list.push(g);
    bySurnameStart.set(last[0], list);
  }
  for (const g of people) {
    const w = words.get(g)!;
    if (!g.live || w.length !== 1 || w[0].length < MIN_MISSPELT || bySuffix.has(w[0])) continue;
    const h = honorificGender(text, g);
    if (!h) continue;
    let owner: Group | null = null;
    let many = false;
    for (const o of bySurnameStart.get(w[0][0]) ?? []) {
      const ow = words.get(o)!;
      if (!o.live || firstNameGender(ow[0]) !== h || editDistance(w[0], ow[ow.length - 1], MAX_EDITS) > MAX_EDITS) continue;
      if (owner) many = true;
      owner = o;
    }
    if (owner && !many) mergeGroups(owner, g);
  }

  // 5. A known first name alone ("Ahmed", "Daniel") is the one full name of the article it opens.
  const byFirst = new Map<string, Set<Group>>();
  for (const g of full) {
    const w = words.get(g)!;
    const owners = byFirst.get(w[0]) ?? new Set<Group>();
    owners.add(g);
    byFirst.set(w[0], owners);
  }
  for (const g of people) {
    const w = words.get(g)!;
    if (!g.live || w.length !== 1 || !g.items.some((it) => isFirstName(it.text))) continue;
    const owners = byFirst.get(w[0]);
    if (owners?.size !== 1) continue;
    const [owner] = owners;
    if (owner.live && owner !== g) mergeGroups(owner, g);
  }
}

/**
 * The person a surname shared by several full names refers to: the one the article names in
 * full most often ("Ahmed Mohamed" three times over his father "Mohamed El-Hassan Mohamed" once);
 * none on a tie ("Hillary Clinton" and "Bill Clinton" once each).
 */
function mainOwner(owners: Set<Group> | undefined): Group | null {
  if (!owners) return null;
  let best: Group | null = null;
  let tie = false;
  for (const g of owners) {
    if (!g.live) continue;
    if (!best || g.items.length > best.items.length) {
      best = g;
      tie = false;
    } else if (g.items.length === best.items.length) tie = true;
  }
  return tie ? null : best;
}
