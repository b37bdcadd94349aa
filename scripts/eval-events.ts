// Scores the actors and targets of newsx's events against gold arguments made from the GUM news
// trees (../shared/corpora/gum-news): the 22 documents outside GUM's test split.
// Usage: node dist/scripts/eval-events.js [GUM_DIR] [--show N] [--nouns]   (npm run eval:events)
// The noun-events line (nouns newsx reports as events, their own gold rule) is scored apart in
// scripts/eval-noun-events.ts; --nouns with --show N prints its misses too. The verb figures below
// do not count noun events.
//
// Gold, from the enhanced dependency graph of each verb (UPOS VERB): actors are its nominal
// subjects (nsubj, also those the enhanced graph propagates: controlled subjects of "agreed to
// buy", shared subjects of coordinated verbs, the noun a relative clause modifies) and passive
// agents (obl:agent); targets are its objects (obj, iobj) and passive subjects (nsubj:pass). Each
// argument with its conjuncts ("X and Y"). An intransitive verb's subject is its actor, as newsx
// reports it. A participle that modifies a noun without a relative pronoun (basic relation acl, no
// "to" or other marker) has that noun as its target ("the troops sent to the border") or, for an
// -ing form, as its actor ("fans waiting outside"): the enhanced graph leaves these implicit.
// Obliques with a target preposition ("met with X", "attack on X") are accepted as targets (not
// counted wrong) but not required.
//
// A name newsx gives matches a gold argument when it equals the text of a mention of the same
// entity (GUM's coreference layer: "he" is the person named before), or one holds the other as
// whole words and the name holds a word of the mention's head group (its head, the flat and
// compound words around it, and a proper-noun appositive: "Gary Fan" in "Pan-democrat Gary Fan of
// the Neo Democrats"): "Donald Trump" matches "U.S. President Donald Trump", "Afghan team" matches
// "the six-member Afghan team", "Afghan" does not. The argument's mention is the smallest one its
// word heads; where every mention holding the word is headed by another ("the massive numbers of
// people who have used it" for people, an event mention "Traffic to the site had increased" for
// Traffic) the argument is the word with its flat and compound words (and, if that mention is
// headed by a verb, also that mention's entity: a span run on into the clause). A relative
// pronoun keeps the mention of its antecedent it stands in; an "'s" ending a mention is no word of
// it ("a group's been using"). A pronoun is no name: a name that is one never
// matches, and a gold argument whose mentions are all pronouns ("you" in general statements, an
// unresolved "we") can only be missed; how many there are is printed.
//
// Scores, over newsx's events whose trigger is a gold verb: actor accuracy = share of the verbs
// with a gold actor where newsx names a matching actor; target accuracy likewise; precision =
// share of the actor (target) names newsx gives that match a gold actor (an accepted target).
// Names are judged wherever the gold graph shows the verb's clause: a verb with a gold actor; a
// passive without a "by" phrase (its subject is a target, so an actor named is wrong); for targets,
// any verb with a subject or a clausal complement ("said Montalvo left": Montalvo is no target of
// said). Where the gold graph leaves the subject implicit (GUM's enhanced graph does for adverbial
// clauses: "traveled to Florida to meet X") a name cannot be judged; how many such names newsx
// gives is printed apart.
import fs from 'node:fs';
import path from 'node:path';
import { analyzeArticle } from '../src/analyze.js';
import { buildArticle } from '../src/article/article.js';
import { parseOf } from '../src/syntax/sentence-parse.js';
import type { NewsEvent } from '../src/types.js';
import { readConllu, type UdSentence } from './conllu.js';
import { newNounTotals, scoreNounEvents, useCorporaOf } from './eval-noun-events.js';

const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args[showAt + 1]) : 0;
const dir = args.find((a, i) => !a.startsWith('--') && (showAt < 0 || i !== showAt + 1)) ?? path.resolve('../shared/corpora/gum-news');

interface GoldDoc {
  id: string;
  text: string;
  dct: string | null;
  split: string;
  mentions: { start: number; end: number; text: string; eid: string; type: string }[];
}

const TARGET_PREPOSITIONS = new Set(['on', 'against', 'with', 'to', 'into', 'at', 'for', 'over', 'from', 'about', 'of']);
// Words that are no name of anyone: a name newsx gives must say who, not point back.
const PRONOUNS = new Set(
  'i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers herself it its itself they them their theirs themselves this that these those which who whom whose what one'.split(' '),
);

/** A token with its place in the text and in the document's token list. */
interface Tok {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  start: number;
  end: number;
  /** Basic head (document index, -1 root) and relation. */
  head: number;
  deprel: string;
  /** Enhanced arcs: [head document index, relation]. */
  deps: [number, string][];
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/\s+-\s+/g, '-')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[,;:()"\[\]]/g, ' ')
    .replace(/(^|\s)'+|'+(\s|$)/g, ' ')
    .trim()
    .replace(/^(the|a|an|its|his|her|their|this|these|those)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

const words = (s: string) => norm(s).split(' ').filter(Boolean);

function holds(big: string[], small: string[]): boolean {
  if (!small.length || small.length > big.length) return false;
  for (let i = 0; i + small.length <= big.length; i++) if (small.every((w, k) => big[i + k] === w)) return true;
  return false;
}

const isPronoun = (w: string[]) => w.length === 1 && PRONOUNS.has(w[0]);

function docTokens(doc: GoldDoc, sentences: UdSentence[]): Tok[] {
  const out: Tok[] = [];
  let at = 0;
  for (const s of sentences) {
    const base = out.length;
    // Enhanced ids are sentence token ids ("3"; empty nodes "3.1" are skipped).
    for (const t of s.tokens) {
      const start = doc.text.indexOf(t.form, at);
      if (start < 0) throw new Error(`${doc.id}: cannot place token ${t.form}`);
      at = start + t.form.length;
      const deps: [number, string][] = [];
      for (const d of t.deps.split('|')) {
        const m = /^(\d+):(.+)$/.exec(d);
        if (m) deps.push([Number(m[1]) === 0 ? -1 : base + Number(m[1]) - 1, m[2]]);
      }
      out.push({ form: t.form, lemma: t.lemma, upos: t.upos, xpos: t.xpos, start, end: at, head: t.head < 0 ? -1 : base + t.head, deprel: t.deprel, deps });
    }
  }
  return out;
}

interface GoldArg {
  /** Texts a matching name may equal, with the head-group words it must hold when shorter. */
  mentions: { words: string[]; head: Set<string> }[];
  label: string;
  /** The argument's own word ("she" for a pronoun standing for someone named). */
  form: string;
  at: number;
}

function main(): void {
  const docs = fs
    .readFileSync(path.join(dir, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldDoc)
    .filter((d) => d.split !== 'test');
  const totals = { verbs: 0, found: 0, actorGold: 0, actorRight: 0, targetGold: 0, targetRight: 0, actorNames: 0, actorNamesRight: 0, targetNames: 0, targetNamesRight: 0, actorUnjudged: 0, targetUnjudged: 0, actorPronounOnly: 0, targetPronounOnly: 0 };
  const misses: string[] = [];
  useCorporaOf(dir);
  const nounTotals = newNounTotals();
  const nounMisses: string[] = [];
  for (const doc of docs) {
    const toks = docTokens(doc, readConllu(path.join(dir, 'raw', 'dep', `${doc.id}.conllu`)));
    // Code-point offsets of the report (and of gold.jsonl) to UTF-16 ones of the text.
    const cpToUnit: number[] = [];
    {
      let u = 0;
      for (const ch of doc.text) {
        cpToUnit.push(u);
        u += ch.length;
      }
      cpToUnit.push(u);
    }
    const mentions = doc.mentions.map((m) => ({ ...m, start: cpToUnit[m.start], end: cpToUnit[m.end] }));
    const byEid = new Map<string, typeof mentions>();
    for (const m of mentions) byEid.set(m.eid, [...(byEid.get(m.eid) ?? []), m]);
    const tokenAt = new Map(toks.map((t, i) => [t.start, i]));
    const headIds = (from: number, to: number): Set<number> => {
      // Tokens of [from, to) (UTF-16) whose head is outside, then flat/compound words around them.
      const inside = toks.map((t, i) => [t, i] as const).filter(([t]) => t.start >= from && t.end <= to);
      const ids = new Set(inside.map(([, i]) => i));
      const heads = inside.filter(([t]) => !ids.has(t.head)).map(([, i]) => i);
      const group = new Set(heads);
      for (const [t, i] of inside) if (t.deprel === 'appos' && t.upos === 'PROPN' && group.has(t.head)) group.add(i);
      for (const [t, i] of inside) if (/^(flat|compound)/.test(t.deprel) && group.has(t.head)) group.add(i);
      for (const [t, i] of inside) if (/^(flat|compound)/.test(t.deprel) && group.has(t.head)) group.add(i);
      return group;
    };
    const headGroup = (from: number, to: number): Set<string> => new Set([...headIds(from, to)].map((i) => norm(toks[i].form)));
    // A mention's text without a contracted or possessive "'s" ending it ("a group's been using",
    // "the daughter's"): the clitic is a token of its own in the tree, no word of the name.
    const mentionWords = (m: { start: number; end: number }): string[] => {
      const last = toks.findIndex((t) => t.end === m.end && t.start >= m.start);
      const end = last > 0 && /^['’]s$/i.test(toks[last].form) && toks[last].start > m.start ? toks[last].start : m.end;
      return words(doc.text.slice(m.start, end));
    };
    const argOf = (a: number, label: string): GoldArg => {
      const t = toks[a];
      // The smallest mention the token heads, and every mention of its entity. A mention that
      // holds the token but is headed by another word ("the massive numbers of people who …",
      // headed by numbers; an event mention "Traffic to the site had increased", headed by the
      // verb) is another entity's: the argument is then the token's own word.
      // A relative pronoun stands inside its antecedent's mention ("human trafficking, which has
      // affected"): that mention is its own. A mention headed by a verb is one whose span runs on
      // into the noun's clause ("Those who were tripped were then crushed by …" for the people
      // tripped): its entity is kept beside the token's own words.
      const relative = /^(WDT|WP)$/.test(t.xpos);
      let own: (typeof mentions)[number] | null = null;
      let holding: (typeof mentions)[number] | null = null;
      for (const m of mentions) {
        if (m.start > t.start || m.end < t.end) continue;
        if (!holding || m.end - m.start < holding.end - holding.start) holding = m;
        if ((!own || m.end - m.start < own.end - own.start) && (relative || headIds(m.start, m.end).has(a))) own = m;
      }
      if (!own && holding && [...headIds(holding.start, holding.end)].some((i) => toks[i].upos === 'VERB')) own = holding;
      const chain = own ? (byEid.get(own.eid) ?? [own]) : [];
      const out = chain.map((m) => ({ words: mentionWords(m), head: headGroup(m.start, m.end) })).filter((m) => !isPronoun(m.words));
      if (!own || !headIds(own.start, own.end).has(a)) {
        // The token with its flat and compound words ("Scientology officials").
        const group = [a];
        for (let k = 0; k < group.length; k++) toks.forEach((d, i) => d.head === group[k] && /^(flat|compound)/.test(d.deprel) && group.push(i));
        const from = Math.min(...group.map((i) => toks[i].start));
        const to = Math.max(...group.map((i) => toks[i].end));
        const w = words(doc.text.slice(from, to));
        if (!isPronoun(w)) out.push({ words: w, head: new Set(group.map((i) => norm(toks[i].form))) });
      }
      return { mentions: out, label, form: t.form, at: a };
    };
    const matches = (name: string, g: GoldArg): boolean => {
      const p = words(name);
      if (isPronoun(p)) return false;
      return g.mentions.some((m) => (p.join(' ') === m.words.join(' ')) || (holds(m.words, p) && p.some((w) => m.head.has(w))) || (holds(p, m.words) && m.words.some((w) => m.head.has(w))));
    };
    const article = buildArticle(doc.text, { id: doc.id, date: doc.dct });
    const report = analyzeArticle(article, ['events']);
    // With --why: the parser's relation of a missed argument's word, to tell parse errors from rule gaps.
    const why = (a: number, verb: number): string => {
      if (!args.includes('--why')) return '';
      const at = (off: number) => {
        for (let si = 0; si < article.sentences.length; si++) {
          const k = article.sentences[si].tokens.findIndex((t) => t.start <= off && t.end > off);
          if (k >= 0) return [si, k] as const;
        }
        return null;
      };
      const pa = at(toks[a].start);
      const pv = at(toks[verb].start);
      if (!pa || !pv) return ' [?]';
      const p = parseOf(article, pa[0]);
      const w = (k: number) => (k < 0 ? 'ROOT' : article.sentences[pa[0]].tokens[k].text);
      const h = p.heads[pa[1]];
      return ` [parse: ${toks[a].form} -${p.labels[pa[1]]}-> ${w(h)}${h === pv[1] && pa[0] === pv[0] ? ' (the verb)' : ''}; verb -${pv[0] === pa[0] ? p.labels[pv[1]] : '?'}-> ${pv[0] === pa[0] ? w(p.heads[pv[1]]) : '?'}]`;
    };
    const events = new Map<number, NewsEvent>();
    for (const e of report.events ?? []) events.set(cpToUnit[e.trigger.start], e);
    // Basic-tree dependents' relations of each token, for the reduced relatives and the judging.
    const basicRels = toks.map(() => [] as string[]);
    toks.forEach((t) => t.head >= 0 && basicRels[t.head].push(t.deprel));
    toks.forEach((v, vi) => {
      if (v.upos !== 'VERB') return;
      const actors: GoldArg[] = [];
      const targets: GoldArg[] = [];
      const accepted: GoldArg[] = [];
      const rels = new Set<string>();
      toks.forEach((t, ti) => {
        for (const [h, rel] of t.deps) {
          if (h !== vi) continue;
          rels.add(rel);
          if (/^nsubj(:xsubj)?$/.test(rel) || rel === 'obl:agent' || rel === 'nsubj:outer') actors.push(argOf(ti, rel));
          else if (/^(obj|iobj|nsubj:pass(:xsubj)?)$/.test(rel)) targets.push(argOf(ti, rel));
          else if (/^obl:/.test(rel) && TARGET_PREPOSITIONS.has(rel.slice(4))) accepted.push(argOf(ti, rel));
        }
      });
      // A participle modifying a noun with no marker: "the troops sent" (target), "fans waiting" (actor).
      if (v.deprel === 'acl' && v.head >= 0 && /^(NOUN|PROPN)$/.test(toks[v.head].upos) && !basicRels[vi].includes('mark')) {
        if (v.xpos === 'VBN' && !targets.length) targets.push(argOf(v.head, 'acl'));
        if (v.xpos === 'VBG' && !actors.length) actors.push(argOf(v.head, 'acl'));
      }
      const hasSubject = [...rels].some((r) => /^(nsubj|csubj|expl)/.test(r));
      // A passive: by its own passive dependents in the basic tree, or a participle that shares a
      // passive subject and has no object ("was arrested and charged"), or a reduced relative.
      const passive =
        basicRels[vi].some((r) => /^(nsubj:pass|csubj:pass|aux:pass)$/.test(r)) ||
        (v.xpos === 'VBN' && [...rels].some((r) => /^nsubj:pass/.test(r)) && !rels.has('obj')) ||
        (v.deprel === 'acl' && v.xpos === 'VBN' && targets.length > 0);
      // Where the gold graph shows the clause, a name that matches nothing is wrong.
      const judgeActors = actors.length > 0 || passive;
      const judgeTargets = targets.length + accepted.length > 0 || hasSubject || [...rels].some((r) => /^ccomp/.test(r));
      totals.verbs++;
      const e = events.get(v.start);
      if (!e) return;
      totals.found++;
      const where = () => `${doc.id} "${doc.text.slice(Math.max(0, v.start - 60), v.end + 40).replace(/\s+/g, ' ')}" [${v.form}]`;
      const goldText = (list: GoldArg[]) => list.map((g) => `${g.mentions.length ? g.mentions[0].words.join(' ') : '(pronoun only)'} <${g.form}>`).join(' | ');
      if (actors.length) {
        totals.actorGold++;
        if (!actors.some((g) => g.mentions.length)) totals.actorPronounOnly++;
        if (e.actors.some((n) => actors.some((g) => matches(n, g)))) totals.actorRight++;
        else misses.push(`actor  ${where()} gold ${goldText(actors)} got ${JSON.stringify(e.actors)}${why(actors[0].at, vi)}`);
      }
      if (targets.length) {
        totals.targetGold++;
        if (!targets.some((g) => g.mentions.length)) totals.targetPronounOnly++;
        if (e.targets.some((n) => targets.some((g) => matches(n, g)))) totals.targetRight++;
        else misses.push(`target ${where()} gold ${goldText(targets)} got ${JSON.stringify(e.targets)}${why(targets[0].at, vi)}`);
      }
      if (!judgeActors) totals.actorUnjudged += e.actors.length;
      if (!judgeTargets) totals.targetUnjudged += e.targets.length;
      for (const n of judgeActors ? e.actors : []) {
        totals.actorNames++;
        if (actors.some((g) => matches(n, g))) totals.actorNamesRight++;
        else misses.push(`actor name wrong ${where()} "${n}"${actors.length ? '' : ' (passive without agent)'}`);
      }
      for (const n of judgeTargets ? e.targets : []) {
        totals.targetNames++;
        if ([...targets, ...accepted].some((g) => matches(n, g))) totals.targetNamesRight++;
        else misses.push(`target name wrong ${where()} "${n}"${targets.length + accepted.length ? '' : ' (no nominal target)'}`);
      }
    });
    void tokenAt;
    const typeOf = (k: number): string | null => {
      let own: (typeof mentions)[number] | null = null;
      for (const m of mentions) if (m.start <= toks[k].start && m.end >= toks[k].end && (!own || m.end - m.start < own.end - own.start)) own = m;
      return own?.type ?? null;
    };
    const near = (k: number) => `${doc.id} "${doc.text.slice(Math.max(0, toks[k].start - 60), toks[k].end + 40).replace(/\s+/g, ' ')}" [${toks[k].form}]`;
    scoreNounEvents({ toks, typeOf, events, argOf: (k, label) => argOf(k, label), matches, where: near }, (k) => toks[k].lemma, nounTotals, nounMisses);
  }
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
  console.log(`GUM news (${docs.length} documents, test split left out): ${totals.verbs} verbs, ${totals.found} found as events by newsx`);
  console.log(`actor accuracy  ${pct(totals.actorRight, totals.actorGold)} (${totals.actorRight}/${totals.actorGold})   precision ${pct(totals.actorNamesRight, totals.actorNames)} (${totals.actorNamesRight}/${totals.actorNames})`);
  console.log(`target accuracy ${pct(totals.targetRight, totals.targetGold)} (${totals.targetRight}/${totals.targetGold})   precision ${pct(totals.targetNamesRight, totals.targetNames)} (${totals.targetNamesRight}/${totals.targetNames})`);
  console.log(`gold arguments named only by pronouns (no name can match): actors ${totals.actorPronounOnly}, targets ${totals.targetPronounOnly}`);
  console.log(`names given for verbs without a gold argument of that kind (not judged): actors ${totals.actorUnjudged}, targets ${totals.targetUnjudged}`);
  const n = nounTotals;
  console.log(`noun events (${n.nouns} GUM nouns found as events; gold rule in scripts/eval-noun-events.ts): actor accuracy ${pct(n.actorRight, n.actorGold)} (${n.actorRight}/${n.actorGold})   precision ${pct(n.actorNamesRight, n.actorNames)} (${n.actorNamesRight}/${n.actorNames}); target accuracy ${pct(n.targetRight, n.targetGold)} (${n.targetRight}/${n.targetGold})   precision ${pct(n.targetNamesRight, n.targetNames)} (${n.targetNamesRight}/${n.targetNames}); names not judged ${n.unjudged}`);
  if (show) for (const m of misses.slice(0, show)) console.log(m);
  const showNouns = args.includes('--nouns') ? show : 0;
  if (showNouns) for (const m of nounMisses.slice(0, showNouns)) console.log(m);
}

main();
