// Mentions merged into one record per real-world entity. The steps run in this order, each in its
// own file:
//   0. countries    official country names the recogniser split or cut short, made whole;
//      titles       titles, honorifics and affiliations taken off people's names (strip-titles.ts);
//   1. prepare      clean each span (edge punctuation, possessive), refine its type (country →
//                   LOCATION, demonym → NATIONALITY, event name → EVENT), drop duplicates and
//                   names inside handles/hashtags/URLs, and group mentions with the same key;
//   2. vote         the same name typed two ways is one entity with the majority type — before
//                   linking, so surnames and acronyms are linked with their settled type;
//   3. people       surnames and name variants joined to the unique full name;
//   4. acronyms     "EU" joined to "European Union";
//   5. roles        "the Serbian President" counted for the person who holds that role — last,
//                   because it needs the people already merged to tell whether a role is unique;
//   6. social       handles, hashtags and URLs from the tokens, as their own entities;
//   7. person roles the titles and descriptions the article gives each person (person-roles.ts).
// Every step is linear in the number of mentions (maps keyed by folded names, no pairwise scans).

import type { Article } from '../article/article.js';
import type { Entity, EntityType } from '../types.js';
import { linkAcronyms } from './acronyms.js';
import { newGroup, type Group, type Item } from './group.js';
import { lexicon, type Country, type Lexicon, type Nationality } from './lexicon.js';
import type { Mention } from './mention.js';
import { growCountrySpans } from './country-spans.js';
import { cleanSpan, nameKey, nameWords } from './names.js';
import { toEntity } from './naming.js';
import { linkPeople } from './people.js';
import { refineType } from './refine-types.js';
import { personRoles } from './person-roles.js';
import { roleMentions } from './roles.js';
import { socialEntities } from './social.js';
import { stripTitles } from './strip-titles.js';
import { voteSameName } from './vote.js';

/** Identity key of a mention before any linking: countries by code, nationalities by demonym. */
function groupKey(type: EntityType, key: string, country: Country | null, nationality: Nationality | null): string {
  if (country) return `country:${country.code}`;
  if (nationality) return `nationality:${nationality.key}`;
  return `${type}:${key}`;
}

function prepare(article: Article, mentions: readonly Mention[], blocked: readonly Entity[], lex: Lexicon): Group[] {
  // Spans taken by handles, hashtags and URLs: a name inside "#serbia" is not a name mention.
  const taken = blocked.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const groups = new Map<string, Group>();
  const seen = new Set<string>();
  let t = 0;
  for (const m of sorted) {
    const span = cleanSpan(article.text, m.start, m.end);
    if (!span) continue;
    const id = `${span.start}:${span.end}`;
    if (seen.has(id)) continue;
    seen.add(id);
    while (t < taken.length && taken[t].end <= span.start) t++;
    if (t < taken.length && taken[t].start < span.end) continue;
    const text = article.text.slice(span.start, span.end);
    const key = nameKey(text);
    if (!key) continue;
    const { type, country, nationality } = refineType(m.type, key, lex);
    const gk = groupKey(type, key, country, nationality);
    let g = groups.get(gk);
    if (!g) {
      g = newGroup(type, country?.name ?? null, nationality?.name || null);
      groups.set(gk, g);
    }
    // Written out, not spread from the parts: object spreads of these shapes took most of the
    // resolver's time (~80 ms of CoNLL dev's ~6,000 mentions, 14 µs each).
    const item: Item = { start: span.start, end: span.end, text, type, key, words: nameWords(key), country, nationality, role: false, group: g };
    g.items.push(item);
  }
  return [...groups.values()];
}

export function resolveEntities(article: Article, mentions: Mention[]): Entity[] {
  const lex = lexicon();
  const social = socialEntities(article.tokens);
  // Titles and affiliations off people's names first, so every later step sees the bare name.
  const grown = stripTitles(article.text, article.tokens, growCountrySpans(article.text, article.tokens, mentions, lex), lex);
  const groups = prepare(article, grown, social, lex);
  voteSameName(groups);
  linkPeople(groups, article.text);
  linkAcronyms(groups, lex);
  const people = groups
    .filter((g) => g.live && g.type === 'PERSON')
    .flatMap((g) => g.items)
    .sort((a, b) => a.start - b.start);
  for (const it of roleMentions(article, people, lex)) it.group.items.push(it);
  const live = groups.filter((g) => g.live && g.items.length > 0);
  const roles = personRoles(article, live);
  const byGroup = new Map(live.map((g) => [g, toEntity(g)] as const));
  for (const [g, r] of roles) {
    const e = byGroup.get(g)!;
    e.roles = r.roles;
    e.affiliations = r.affiliations.map((a) => byGroup.get(a)?.name).filter((n): n is string => n !== undefined);
  }
  const entities = [...byGroup.values(), ...social];
  return entities.sort((a, b) => b.count - a.count || a.mentions[0].start - b.mentions[0].start);
}
