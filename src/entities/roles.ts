// Role mentions: "the Serbian President", "the Russian leader", "his Serbian counterpart" counted
// as mentions of the person the article gave that role to. The article defines a role by the
// title words directly before a full name ("Serbian President Aleksandar Vučić": nationality
// Serbian, title President); a later role phrase refers to that person only when exactly one
// person of the article holds the role. Kept conservative on purpose: a role phrase is a
// description, not a name, so it is taken only with a determiner before it ("the", "his"), a
// nationality in it, and a definition earlier in the same article.

import type { Article, Token } from '../article/article.js';
import type { Group, Item } from './group.js';
import type { Lexicon } from './lexicon.js';
import { nameKey, nameWords } from './names.js';
import { firstIndex } from '../article/search.js';

const DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their']);
/** "his Serbian counterpart": the other party of a meeting or call, named in the same sentence. */
const COUNTERPART = 'counterpart';
/** Longest title before a name, in tokens ("Secretary of State" = 3). */
const MAX_TITLE = 3;
const MAX_ROLES_PER_NATIONALITY = 32;
const WORD = /^\p{L}+$/u;

interface Role {
  nationality: string;
  title: string;
  leader: boolean;
  person: Group;
  /** Where the definition ends: only later role phrases refer back to it. */
  at: number;
}

/** Index of the token that starts at `offset` (tokens are sorted), or -1. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  const i = firstIndex(tokens, (t) => t.start >= offset);
  return i < tokens.length && tokens[i].start === offset ? i : -1;
}

/** The nationality a word gives a role: a demonym ("Serbian") or a country name ("U.S."). */
function nationalityOf(word: string, lex: Lexicon): string | null {
  const key = nameKey(word);
  const nat = lex.nationalities.get(key);
  if (nat) return nat.key;
  const demonym = lex.countries.get(key)?.demonym;
  return demonym ? nameKey(demonym) : null;
}

/** "Serbian President" or "Russian Foreign Minister" directly before a full name. */
function roleBefore(tokens: readonly Token[], first: number, lex: Lexicon): Omit<Role, 'person'> | null {
  for (let n = MAX_TITLE; n >= 1; n--) {
    const natIndex = first - n - 1;
    if (natIndex < 0) continue;
    if (!tokens.slice(first - n, first).every((t) => WORD.test(t.text))) continue;
    const title = nameKey(
      tokens
        .slice(first - n, first)
        .map((t) => t.text)
        .join(' '),
    );
    const leader = lex.titles.get(title);
    if (leader === undefined) continue;
    const nationality = nationalityOf(tokens[natIndex].text, lex);
    if (nationality) return { nationality, title, leader, at: tokens[first - 1].end };
  }
  return null;
}

function unique(groups: readonly Group[]): Group | null {
  return new Set(groups).size === 1 ? groups[0] : null;
}

/**
 * Finds role phrases and returns them as items of the people they refer to (not yet added to
 * the groups). `people` are the person items of the article, sorted by start.
 */
export function roleMentions(article: Article, people: readonly Item[], lex: Lexicon): Item[] {
  const { tokens } = article;
  const roles = new Map<string, Role[]>();
  for (const it of people) {
    if (it.words.length < 2) continue;
    const first = tokenAt(tokens, it.start);
    if (first < 0) continue;
    const r = roleBefore(tokens, first, lex);
    if (!r) continue;
    const list = roles.get(r.nationality) ?? [];
    // Many people of one nationality with titles: a role phrase would rarely be unique, and the
    // list is scanned for each phrase, so stop collecting.
    if (list.length < MAX_ROLES_PER_NATIONALITY) list.push({ ...r, person: it.group });
    roles.set(r.nationality, list);
  }
  if (roles.size === 0) return [];

  const out: Item[] = [];
  let sentence = 0;
  let personIndex = 0;
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (!DETERMINERS.has(tokens[k].text.toLowerCase())) continue;
    const natToken = tokens[k + 1];
    const nationality = nationalityOf(natToken.text, lex);
    if (!nationality || !roles.has(nationality) || !/^\p{Lu}/u.test(natToken.text)) continue;
    for (let n = Math.min(MAX_TITLE, tokens.length - k - 2); n >= 1; n--) {
      const titleTokens = tokens.slice(k + 2, k + 2 + n);
      // "the U.S. The President": a determiner starts a new phrase (here a new sentence), not a title.
      if (!titleTokens.every((t) => WORD.test(t.text) && !DETERMINERS.has(t.text.toLowerCase()))) continue;
      const title = nameKey(titleTokens.map((t) => t.text).join(' '));
      const isCounterpart = title === COUNTERPART;
      if (!isCounterpart && !lex.titles.has(title)) continue;
      const end = titleTokens[titleTokens.length - 1].end;
      // "the Serbian President Aleksandar Vučić" is a title before a name, not a role phrase.
      const next = tokens[k + 2 + n];
      if (next && /^\p{Lu}/u.test(next.text) && next.start - end <= 1) break;
      const earlier = roles.get(nationality)!.filter((r) => r.at <= natToken.start);
      let holders: Group[];
      if (isCounterpart) {
        // The other party must be in the sentence: someone else of the article, named there.
        while (sentence < article.sentences.length - 1 && article.sentences[sentence].end < natToken.start) sentence++;
        const s = article.sentences[sentence];
        while (personIndex < people.length && people[personIndex].end <= s.start) personIndex++;
        const others = new Set<Group>();
        for (let p = personIndex; p < people.length && people[p].start < s.end; p++) others.add(people[p].group);
        holders = earlier.map((r) => r.person).filter((g) => !others.has(g));
        if (others.size === 0 || holders.length === 0) break;
      } else if (title === 'leader') {
        holders = earlier.filter((r) => r.leader).map((r) => r.person);
      } else {
        holders = earlier.filter((r) => r.title === title).map((r) => r.person);
      }
      const person = unique(holders);
      if (person) {
        const text = article.text.slice(natToken.start, end);
        const key = nameKey(text);
        out.push({
          start: natToken.start,
          end,
          text,
          type: 'PERSON',
          key,
          words: nameWords(key),
          country: null,
          nationality: null,
          role: true,
          group: person,
        });
      }
      break;
    }
  }
  return out;
}
