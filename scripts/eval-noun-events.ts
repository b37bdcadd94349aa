// The noun-event line of eval:events (scripts/eval-events.ts): actors and targets of the nouns newsx
// reports as events ("Google's acquisition of YouTube", "the attack on the embassy by rebels"),
// scored against gold read off the GUM news trees' enhanced graph with a small rule that takes
// only what the form of the noun phrase makes plain:
//
// - actor: a "by" phrase (nmod:by) or a possessor (nmod:poss) that GUM's entity layer calls a
//   person, an organisation or a place ("Russia's invasion", "the attack by rebels"; not
//   "Tuesday's vote", "by phone"); with a "by" phrase beside it the possessor is the theme
//   ("the city's destruction by the army": target);
// - target: the "of" phrase (nmod:of) of a transitive deverbal noun: the noun's verb (the noun
//   itself, or the noun less -ing, -ion, -ment, -al, -ure, -ance, -ence, -age with the stem's
//   final e, d or t restored) is a verb lemma of UD English EWT train with an object in at least
//   a third of its 5 or more uses ("the killing of three soldiers", "the development of IE9");
// - accepted, neither required nor counted wrong: "between"/"among" phrases as actor or target,
//   target prepositions (on, against, with, to, into, at, over, for, from, about) as target, the
//   "of" phrase of any other noun, person/organisation/place modifiers (amod, compound) and
//   possessors as actor or target.
//
// Limits: a possessor of a passive-like noun ("Kennedy's assassination", "his arrest") is taken
// for the actor; "of" after an intransitive noun ("the arrival of the troops") is only accepted;
// nouns whose verb the suffix rule cannot find or EWT uses fewer than 5 times ("destruction",
// "invasion") have no "of" gold; "the request of the municipalities" (the requesters) is read as
// a theme. Names are judged on nouns with a gold argument of that kind (precision = share of the
// names given there that match a gold or accepted one); names given elsewhere are counted apart.
// A possessive pronoun's gold is its coreference chain's names, as for verbs.
import path from 'node:path';
import { readConllu } from './conllu.js';

export interface NounTok {
  form: string;
  upos: string;
  start: number;
  end: number;
  deps: [number, string][];
}

export interface NounGoldArg {
  mentions: { words: string[]; head: Set<string> }[];
  form: string;
  at: number;
}

export interface NounEventsDoc {
  toks: NounTok[];
  /** Entity type of the smallest GUM mention holding token k ("person", "place", …), or null. */
  typeOf(k: number): string | null;
  /** The trigger's actors and targets by the UTF-16 start of the trigger. */
  events: Map<number, { actors: string[]; targets: string[] }>;
  argOf(k: number, label: string): NounGoldArg;
  matches(name: string, g: NounGoldArg): boolean;
  where(k: number): string;
}

const AGENT_TYPES = new Set(['person', 'organization', 'place']);
const TARGET_PREPOSITIONS = new Set(['on', 'against', 'with', 'to', 'into', 'at', 'over', 'for', 'from', 'about']);
const NOMINAL_SUFFIXES = ['ing', 'ation', 'ition', 'tion', 'sion', 'ion', 'ment', 'al', 'ure', 'ance', 'ence', 'age'];

let transitive: Map<string, boolean> | null = null;
// UD English EWT train, beside the GUM news folder (../shared/corpora/ud-english-ewt).
let ewtTrain = path.resolve('../shared/corpora/ud-english-ewt/train.conllu.gz');

/** Reads EWT from the corpora folder that holds `gumDir` (eval-events.ts's GUM_DIR argument). */
export function useCorporaOf(gumDir: string): void {
  ewtTrain = path.resolve(gumDir, '..', 'ud-english-ewt', 'train.conllu.gz');
  transitive = null;
}

/** Verb lemmas of EWT train with 5+ uses: whether a third or more have an object. */
function transitiveVerbs(): Map<string, boolean> {
  if (transitive) return transitive;
  const counts = new Map<string, [number, number]>();
  for (const s of readConllu(ewtTrain)) {
    const hasObj = s.tokens.map(() => false);
    for (const t of s.tokens) if (t.deprel === 'obj' && t.head >= 0) hasObj[t.head] = true;
    s.tokens.forEach((t, k) => {
      if (t.upos !== 'VERB') return;
      const c = counts.get(t.lemma.toLowerCase()) ?? [0, 0];
      c[0]++;
      if (hasObj[k]) c[1]++;
      counts.set(t.lemma.toLowerCase(), c);
    });
  }
  transitive = new Map();
  for (const [lemma, [n, obj]] of counts) if (n >= 5) transitive.set(lemma, obj * 3 >= n);
  return transitive;
}

/** Whether the noun names the act of a transitive verb; null when no verb is found for it. */
export function isTransitiveNoun(noun: string): boolean | null {
  const verbs = transitiveVerbs();
  const n = noun.toLowerCase();
  const candidates = [n];
  for (const suffix of NOMINAL_SUFFIXES) {
    if (!n.endsWith(suffix) || n.length - suffix.length < 3) continue;
    const stem = n.slice(0, -suffix.length);
    candidates.push(stem, `${stem}e`, `${stem}d`, `${stem}de`, `${stem}t`);
    // "acquisition": acquir-e; "invasion": inva-de; "killing": kill
    if (/(.)\1$/.test(stem)) candidates.push(stem.slice(0, -1));
  }
  for (const v of candidates) if (verbs.has(v)) return verbs.get(v)!;
  return null;
}

export interface NounTotals {
  nouns: number;
  actorGold: number;
  actorRight: number;
  targetGold: number;
  targetRight: number;
  actorNames: number;
  actorNamesRight: number;
  targetNames: number;
  targetNamesRight: number;
  unjudged: number;
}

export const newNounTotals = (): NounTotals => ({ nouns: 0, actorGold: 0, actorRight: 0, targetGold: 0, targetRight: 0, actorNames: 0, actorNamesRight: 0, targetNames: 0, targetNamesRight: 0, unjudged: 0 });

/** Scores one document's noun events into `totals`; misses are pushed to `misses`. */
export function scoreNounEvents(d: NounEventsDoc, lemmaOf: (k: number) => string, totals: NounTotals, misses: string[]): void {
  // A possessor's mention holds its "'s" ("Eden Hazard's"): the name is the words before it.
  const argOf = (k: number, label: string): NounGoldArg => {
    const g = d.argOf(k, label);
    const bare = (w: string) => w.replace(/'s?$/, '');
    return { ...g, mentions: g.mentions.map((m) => ({ words: m.words.map(bare), head: new Set([...m.head].map(bare)) })) };
  };
  d.toks.forEach((n, ni) => {
    if (n.upos !== 'NOUN') return;
    const e = d.events.get(n.start);
    if (!e) return;
    totals.nouns++;
    const deps: [number, string][] = [];
    d.toks.forEach((t, ti) => {
      for (const [h, rel] of t.deps) if (h === ni) deps.push([ti, rel]);
    });
    const hasBy = deps.some(([k, r]) => r === 'nmod:by' && AGENT_TYPES.has(d.typeOf(k) ?? ''));
    const actors: NounGoldArg[] = [];
    const targets: NounGoldArg[] = [];
    const accepted: NounGoldArg[] = [];
    const acceptedTargets: NounGoldArg[] = [];
    for (const [k, rel] of deps) {
      const agentive = AGENT_TYPES.has(d.typeOf(k) ?? '');
      if (rel === 'nmod:by' && agentive) actors.push(argOf(k, rel));
      else if (rel === 'nmod:poss' && agentive) (hasBy ? targets : actors).push(argOf(k, rel));
      else if (rel === 'nmod:of') (isTransitiveNoun(lemmaOf(ni)) ? targets : accepted).push(argOf(k, rel));
      else if (rel === 'nmod:between' || rel === 'nmod:among') accepted.push(argOf(k, rel));
      else if (/^nmod:/.test(rel) && TARGET_PREPOSITIONS.has(rel.slice(5))) acceptedTargets.push(argOf(k, rel));
      else if ((rel === 'amod' || rel === 'compound') && agentive) accepted.push(argOf(k, rel));
    }
    const anyMatch = (name: string, list: NounGoldArg[]) => list.some((g) => d.matches(name, g));
    const text = (list: NounGoldArg[]) => list.map((g) => `${g.mentions.length ? g.mentions[0].words.join(' ') : '(pronoun only)'} <${g.form}>`).join(' | ');
    /** One role: accuracy against `gold`, and each name given judged against what is acceptable. */
    const judge = (role: 'actor' | 'target', label: string, gold: NounGoldArg[], acceptable: NounGoldArg[], got: string[]) => {
      if (!gold.length) {
        totals.unjudged += got.length;
        return;
      }
      totals[`${role}Gold`]++;
      if (got.some((x) => anyMatch(x, gold))) totals[`${role}Right`]++;
      else misses.push(`${label} ${d.where(ni)} gold ${text(gold)} got ${JSON.stringify(got)}`);
      for (const x of got) {
        totals[`${role}Names`]++;
        if (anyMatch(x, acceptable)) totals[`${role}NamesRight`]++;
        else misses.push(`noun ${role} name wrong ${d.where(ni)} "${x}"`);
      }
    };
    judge('actor', 'noun actor ', actors, [...actors, ...accepted], e.actors);
    judge('target', 'noun target', targets, [...targets, ...accepted, ...acceptedTargets], e.targets);
  });
}
