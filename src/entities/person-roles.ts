// The roles an article gives each person — titles, offices, descriptions — read off the words
// around the person's mentions, and the organisations and places those roles tie them to:
//   1. a title before the name:          Shadow Home Secretary Yvette Cooper / team member Rodaba Noori
//                                        Minister of Education Stefania Giannini
//   2. a role, then a comma and the name: the Afghan team's coach, Alireza Mehraban
//   3. an appositive after the name:     Enver Solomon, chief executive of the Refugee Council,
//   4. a predicate:                      Mohamed was a VIP guest at …
//   5. a group the name is listed in:    celebrity guests like Stan Lee, Mark Hamill and …
//   6. a role phrase the resolver counted as the person's mention ("the Serbian President").
// A role phrase is a noun phrase with a role noun (role-words.txt, titles.tsv, the gazetteer's
// person nouns) as its head, or as its first noun before "of/for/at/to …" ("president of the
// Lombardy region"). Each role is kept once, at its first occurrence: the same words earlier,
// after a determiner, in the paragraph, the one before or the headline ("Mohamed and his father
// … His father Mohamed El-Hassan Mohamed"). Two roles joined by "and" are two when the second
// has words of its own ("an Australian woman and former Scientologist"). One pass over the
// mentions, each looking at a bounded window of tokens: linear in the article.

import type { Article, Token } from '../article/article.js';
import { forwardTokenFinder } from '../article/search.js';
import { sentenceTags } from '../model/pos.js';
import type { Span } from '../types.js';
import type { Group } from './group.js';
import { isHonorific, isRoleWord } from './person-words.js';

export interface PersonRoles {
  roles: Span[];
  /** Groups of the organisations, places and nationalities named inside the roles. */
  affiliations: Group[];
}

/** How far back a list of names is followed to the words that introduce it, in tokens. */
const MAX_LIST = 48;
/** How many sentences back a role is looked for at its first occurrence (beside the headline). */
const MAX_LOOKBACK = 12;
/** Longest role phrase read, in tokens. */
const MAX_ROLE = 16;
/** Tags of words inside a role phrase: nouns, adjectives, numbers, possessives, participles as adjectives. */
const CONTENT_TAG = /^(?:NN|NNS|NNP|NNPS|JJ|JJR|JJS|CD|POS|VBN|FW)$/;
const LINKS = new Set(['of', 'for', 'at', 'to', 'from', 'on', 'in', 'with']);
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our']);
const LIST_OPENERS = new Set(['like', 'including']);
const PREDICATE_VERBS = new Set(['is', 'was', 'became', 'becomes', 'remains', 'remained']);
const AFFILIATION_TYPES = new Set(['ORGANIZATION', 'LOCATION', 'NATIONALITY']);
const PUNCT_END = /^[,.;:!?)\]"“”]$/;

interface Ctx {
  tokens: readonly Token[];
  /** POS tag of token i: sentences are tagged when first asked (most mentions need none). */
  tag: (i: number) => string;
  sentenceFrom: Int32Array;
  /** Token index → the group of the PERSON mention covering it (others: undefined). */
  personAt: (Group | undefined)[];
  /** Token index → the group of an organisation, place or nationality mention covering it. */
  affiliationAt: (Group | undefined)[];
}

function isContent(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens[i].text;
  if (t === '-' || t === '–') return i > 0 && i + 1 < ctx.tokens.length;
  return /[\p{L}\p{N}'’]/u.test(t) && !PUNCT_END.test(t) && CONTENT_TAG.test(ctx.tag(i));
}

const isRole = (ctx: Ctx, i: number): boolean => /^(?:N|JJ)/.test(ctx.tag(i)) && isRoleWord(ctx.tokens[i].text, true);

/**
 * The role phrase that ends at token `end` (inclusive), not reaching before `lo`: its first token,
 * or -1. Either the word at `end` is a role noun and the phrase is its modifiers ("Shadow Home
 * Secretary", "Labour's …", "American academic and professor"), or a role noun opens a phrase
 * that goes on with of/for/at/to ("Minister of Education", "Afghan Ambassador to the United States").
 */
function roleEndingAt(ctx: Ctx, end: number, lo: number): number {
  const { tokens } = ctx;
  if (end < lo || ctx.personAt[end] !== undefined || !isContent(ctx, end)) return -1;
  // A role noun inside a name is no role: "(the United) States", "(Korean People's) Army".
  if (isRole(ctx, end) && (ctx.affiliationAt[end] === undefined || !/^\p{Lu}/u.test(tokens[end].text))) {
    let k = end;
    while (k - 1 >= lo && end - k < MAX_ROLE && ctx.personAt[k - 1] === undefined) {
      // A name inside the role is whole: "University of Texas Arlington Muslim Student Association president".
      if (isContent(ctx, k - 1) || (ctx.affiliationAt[k - 1] !== undefined && ctx.affiliationAt[k - 1] === ctx.affiliationAt[k])) k--;
      else if (tokens[k - 1].text === 'and' && k - 2 >= lo && isContent(ctx, k - 2) && isRole(ctx, k)) k--;
      else break;
    }
    while (k < end && !isContent(ctx, k) && ctx.affiliationAt[k] === undefined) k++;
    return k;
  }
  // A role noun opening a phrase with prepositions: walk back over the whole stretch, then take
  // the leftmost role noun that a link word follows.
  let k = end;
  while (k - 1 >= lo && end - k < MAX_ROLE && ctx.personAt[k - 1] === undefined) {
    const w = tokens[k - 1].text.toLowerCase();
    if (isContent(ctx, k - 1) || LINKS.has(w) || (w === 'the' && LINKS.has(tokens[k - 2]?.text.toLowerCase() ?? ''))) k--;
    else break;
  }
  for (let r = k; r < end; r++) {
    if (!isRole(ctx, r) || !LINKS.has(tokens[r + 1]?.text.toLowerCase() ?? '')) continue;
    // Its own modifiers stay: "Executive director of …", "Psychology major at …".
    let s = r;
    while (s - 1 >= k && isContent(ctx, s - 1)) s--;
    return s;
  }
  return -1;
}

/** The role phrase that starts at token `start`, up to `hi` (exclusive): its last token, or -1. */
function roleStartingAt(ctx: Ctx, start: number, hi: number): number {
  const { tokens } = ctx;
  let k = start;
  let role = -1;
  let open = 0;
  while (k < hi && k - start < MAX_ROLE && ctx.personAt[k] === undefined) {
    const w = tokens[k].text.toLowerCase();
    if (w === '(') open++;
    else if (w === ')' && open > 0) open--;
    else if (open === 0 && !isContent(ctx, k) && !LINKS.has(w) && !(w === 'the' && k > start) && !(w === 'and' && k > start)) break;
    if (role < 0 && isContent(ctx, k) && isRole(ctx, k)) role = k;
    k++;
  }
  let last = k - 1;
  while (last > start && !isContent(ctx, last) && tokens[last].text !== ')') last--;
  // The head of the first noun phrase must be the role noun: "a member of …", "Panama coach".
  if (role < 0 || role > last) return -1;
  for (let j = start; j < role; j++) if (LINKS.has(tokens[j].text.toLowerCase())) return -1;
  return last;
}

function span(article: Article, from: number, to: number): Span {
  const start = article.tokens[from].start;
  const end = article.tokens[to].end;
  return { start, end, text: article.text.slice(start, end) };
}

/** Roles and affiliations of the PERSON groups. `items` are all live mentions, sorted by start. */
export function personRoles(article: Article, groups: readonly Group[]): Map<Group, PersonRoles> {
  const out = new Map<Group, PersonRoles>();
  const people = groups.filter((g) => g.live && g.type === 'PERSON' && g.items.length > 0);
  if (people.length === 0) return out;
  const { tokens } = article;
  const sentenceFrom = new Int32Array(tokens.length);
  const sentenceOf = new Int32Array(tokens.length);
  let k = 0;
  article.sentences.forEach((s, si) => {
    const from = k;
    for (let n = 0; n < s.tokens.length; n++) {
      sentenceOf[k] = si;
      sentenceFrom[k++] = from;
    }
  });
  const tag = (i: number): string => sentenceTags(article, sentenceOf[i])[i - sentenceFrom[i]] ?? '';
  const tokenFrom = forwardTokenFinder(tokens);
  const tokenTo = forwardTokenFinder(tokens);
  const personAt: (Group | undefined)[] = new Array(tokens.length);
  // Affiliation mentions by token: an organisation, place or nationality named inside a role.
  const affiliationAt: (Group | undefined)[] = new Array(tokens.length);
  const mentions: { from: number; to: number; group: Group; role: boolean }[] = [];
  const items = groups.filter((g) => g.live).flatMap((g) => g.items);
  items.sort((a, b) => a.start - b.start);
  for (const it of items) {
    const g = it.group;
    const from = tokenFrom(it.start);
    const to = tokenTo(it.end) - 1;
    if (from >= tokens.length || tokens[from].start !== it.start || to < from || tokens[to].end !== it.end) continue;
    if (g.type === 'PERSON') {
      if (!it.role) for (let i = from; i <= to; i++) personAt[i] = g;
      mentions.push({ from, to, group: g, role: it.role });
    } else if (AFFILIATION_TYPES.has(g.type)) for (let i = from; i <= to; i++) affiliationAt[i] = g;
  }
  mentions.sort((a, b) => a.from - b.from);
  const ctx: Ctx = { tokens, tag, sentenceFrom, personAt, affiliationAt };
  /** Token index of each sentence's first token; tokens already given as someone's role. */
  const firstToken = new Int32Array(article.sentences.length);
  for (let si = 1; si < article.sentences.length; si++) firstToken[si] = firstToken[si - 1] + article.sentences[si - 1].tokens.length;
  const taken = new Uint8Array(tokens.length);
  const seen = new Map<Group, Set<string>>();
  /**
   * Where the article first gives the role [from, to]: the same words earlier, after a
   * determiner or opening a sentence, in the paragraph, the one before it or the headline
   * ("Mohamed and his father are to travel … His father Mohamed El-Hassan Mohamed said").
   */
  const firstOccurrence = (from: number, to: number): [number, number] => {
    const n = to - from + 1;
    const here = sentenceOf[from];
    const para = article.sentences[here].paragraph;
    let best = from;
    const look = (si: number): void => {
      const sf = firstToken[si];
      const se = si === here ? from : sf + article.sentences[si].tokens.length;
      for (let k = se - n; k >= sf; k--) {
        let same = true;
        for (let i = 0; i < n && same; i++) same = tokens[k + i].text.toLowerCase() === tokens[from + i].text.toLowerCase();
        if (!same || personAt[k + n] !== undefined || taken[k] !== 0) continue;
        if (k === sf || DETERMINERS.has(tokens[k - 1].text.toLowerCase())) best = k;
      }
    };
    let si = here;
    for (; si >= 0 && here - si <= MAX_LOOKBACK && article.sentences[si].paragraph >= para - 1; si--) look(si);
    // The headline: the sentences of the first paragraph not looked at yet.
    let h = 0;
    while (h < article.sentences.length && article.sentences[h].paragraph === 0) h++;
    for (h = Math.min(h - 1, si); h >= 0; h--) look(h);
    return [best, best + n - 1];
  };
  /** Token index of a name → the token before the list of names it ends (-1: not walked). */
  const listStart = new Int32Array(tokens.length).fill(-1);
  const add = (g: Group, from: number, to: number): void => {
    if (from < 0 || to < from) return;
    // Two roles joined by "and", the second with words of its own: "an Australian woman and
    // former Scientologist" (but "American academic and professor" is one).
    for (let j = from + 1; j < to - 1; j++) {
      if (tokens[j].text !== 'and' || !isRole(ctx, j - 1) || LINKS.has(tokens[j + 1].text.toLowerCase())) continue;
      if (!/^NN/.test(ctx.tag(to))) continue;
      add(g, from, j - 1);
      add(g, j + 1, to);
      return;
    }
    [from, to] = firstOccurrence(from, to);
    const s = span(article, from, to);
    const key = s.text.toLowerCase();
    let keys = seen.get(g);
    if (!keys) seen.set(g, (keys = new Set()));
    // Once each: "Administrator" after "NASA Administrator" is the same role again.
    for (const k of keys) if (k === key || ` ${k} `.includes(` ${key} `)) return;
    keys.add(key);
    let r = out.get(g);
    if (!r) out.set(g, (r = { roles: [], affiliations: [] }));
    r.roles.push(s);
    taken.fill(1, from, to + 1);
    for (let i = from; i <= to; i++) {
      const a = affiliationAt[i];
      if (a && !r.affiliations.includes(a)) r.affiliations.push(a);
    }
  };
  for (const m of mentions) {
    if (m.role) {
      add(m.group, m.from, m.to);
      continue;
    }
    const lo = sentenceFrom[m.from];
    // 1. A title right before the name (past an honorific: "Undersecretary for Education Mr. Toccafondi").
    // An honorific is capitalised: "Father Tom Ryan", not "his father Tom Ryan".
    let e = m.from - 1;
    if (tokens[e]?.text === '.' && e - 1 >= lo && isHonorific(tokens[e - 1].text)) e -= 2;
    else if (e >= lo && isHonorific(tokens[e].text) && /^\p{Lu}/u.test(tokens[e].text)) e--;
    const title = roleEndingAt(ctx, e, lo);
    add(m.group, title, e);
    // 2. "the Afghan team's coach, Alireza Mehraban, …": a role, a comma, the name, a comma.
    const closes = m.to + 1 >= tokens.length || /^[,.;]$/.test(tokens[m.to + 1].text);
    if (tokens[m.from - 1]?.text === ',' && m.from - 2 >= lo && closes) {
      // Past a bracket: "secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino".
      let end = m.from - 2;
      if (tokens[end].text === ')') {
        let b = end;
        while (b > lo && end - b < MAX_ROLE && tokens[b].text !== '(') b--;
        end = tokens[b].text === '(' ? b - 1 : -1;
      }
      const s = end >= lo ? roleEndingAt(ctx, end, lo) : -1;
      const before = tokens[s - 1];
      if (s >= 0 && (s === lo || (before && (DETERMINERS.has(before.text.toLowerCase()) || LINKS.has(before.text.toLowerCase()) || before.text === ':')))) add(m.group, s, m.from - 2);
    }
    // The end of a list of names this one opens ("Tom Devocht and Mark Rathbun, …").
    const last = m.to;
    // 3. An appositive after the name (past an age: "Daniel Montalvo, 19, a member of …").
    let a = last + 1;
    if (tokens[a]?.text === ',') {
      a++;
      if (/^\d+$/.test(tokens[a]?.text ?? '') && tokens[a + 1]?.text === ',') a += 2;
      const det = DETERMINERS.has(tokens[a]?.text.toLowerCase() ?? '');
      const from = det ? a + 1 : a;
      const hi = sentenceFrom[m.from] + 400;
      const to = roleStartingAt(ctx, from, Math.min(tokens.length, hi));
      const closed = to >= 0 && (to + 1 >= tokens.length || PUNCT_END.test(tokens[to + 1].text));
      if (to >= 0 && closed && (det || isRole(ctx, from) || isRole(ctx, to))) add(m.group, from, to);
    }
    // 4. "Mohamed was a VIP guest at …".
    const v = tokens[last + 1]?.text.toLowerCase();
    if (v && PREDICATE_VERBS.has(v) && DETERMINERS.has(tokens[last + 2]?.text.toLowerCase() ?? '')) {
      const to = roleStartingAt(ctx, last + 3, tokens.length);
      if (to >= 0) add(m.group, last + 3, to);
    }
    // 5. "celebrity guests like Stan Lee, Mark Hamill, and Margaret Atwood", "… including
    // musician Tiziano Lugli and actor Jason Beghe": back over the list, each name's title with it.
    let s = title >= 0 ? title - 1 : m.from - 1;
    const listLo = Math.max(lo, m.from - MAX_LIST);
    while (s > listLo) {
      const t = tokens[s].text;
      if (t === ',' || t === 'and') s--;
      else if (personAt[s] !== undefined) {
        while (s > listLo && personAt[s - 1] === personAt[s]) s--;
        // The name before in the list was walked back already: go on from where it stopped.
        if (listStart[s] >= 0) {
          s = listStart[s];
          break;
        }
        const t2 = roleEndingAt(ctx, s - 1, lo);
        s = t2 >= 0 ? t2 - 1 : s - 1;
      } else break;
    }
    listStart[m.from] = s;
    let opener = tokens[s]?.text.toLowerCase();
    if (opener === 'as' && tokens[s - 1]?.text.toLowerCase() === 'such') {
      s--;
      opener = 'like';
    }
    if (opener && LIST_OPENERS.has(opener) && s - 1 >= lo) {
      const e = tokens[s - 1].text === ',' ? s - 2 : s - 1;
      add(m.group, roleEndingAt(ctx, e, lo), e);
    }
  }
  // The roles in the order the article gives them: the first is the one a table shows.
  for (const r of out.values()) r.roles.sort((a, b) => a.start - b.start);
  return out;
}
