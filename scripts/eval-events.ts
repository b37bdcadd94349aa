// Scores the actors and targets of newsx's events against gold arguments made from the GUM news
// trees (../shared/corpora/gum-news): the 22 documents outside GUM's test split.
// Usage: node dist/scripts/eval-events.js [GUM_DIR] [--show N]   (npm run eval:events)
//
// Gold, from the enhanced dependency graph of each verb (UPOS VERB): actors are its nominal
// subjects (nsubj, also those the enhanced graph propagates: controlled subjects of "agreed to
// buy", shared subjects of coordinated verbs, the noun a relative clause modifies) and passive
// agents (obl:agent); targets are its objects (obj, iobj) and passive subjects (nsubj:pass). Each
// argument with its conjuncts ("X and Y"). An intransitive verb's subject is its actor, as newsx
// reports it. Obliques with a target preposition ("met with X", "attack on X") are accepted as
// targets (not counted wrong) but not required.
//
// A name newsx gives matches a gold argument when it equals the text of a mention of the same
// entity (GUM's coreference layer: "he" is the person named before), or one holds the other as
// whole words and the name holds a word of the mention's head group (its head and the flat and
// compound words around it): "Donald Trump" matches "U.S. President Donald Trump", "Afghan team"
// matches "the six-member Afghan team", "Afghan" does not.
//
// Scores, over newsx's events whose trigger is a gold verb: actor accuracy = share of the verbs
// with a gold actor where newsx names a matching actor; target accuracy likewise; precision =
// share of the actor (target) names newsx gives that match a gold actor (an accepted target),
// over the verbs that have one: where the gold graph has no actor (GUM's enhanced graph leaves
// the subjects of adverbial clauses implicit: "traveled to Florida to meet X") a name cannot be
// judged; how many such names newsx gives is printed apart.
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/analyze.js';
import type { NewsEvent } from '../src/types.js';
import { readConllu, type UdSentence } from './conllu.js';

const args = process.argv.slice(2);
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args[showAt + 1]) : 0;
const dir = args.find((a, i) => !a.startsWith('--') && (showAt < 0 || i !== showAt + 1)) ?? path.resolve('../shared/corpora/gum-news');

interface GoldDoc {
  id: string;
  text: string;
  dct: string | null;
  split: string;
  mentions: { start: number; end: number; text: string; eid: string }[];
}

const TARGET_PREPOSITIONS = new Set(['on', 'against', 'with', 'to', 'into', 'at', 'for', 'over', 'from']);

/** A token with its place in the text and in the document's token list. */
interface Tok {
  form: string;
  upos: string;
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
    .replace(/^(the|a|an|its|his|her|their|this|these|those)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

const words = (s: string) => norm(s).split(' ').filter(Boolean);

function holds(big: string[], small: string[]): boolean {
  if (!small.length || small.length > big.length) return false;
  for (let i = 0; i + small.length <= big.length; i++) if (small.every((w, k) => big[i + k] === w)) return true;
  return false;
}

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
      out.push({ form: t.form, upos: t.upos, start, end: at, head: t.head < 0 ? -1 : base + t.head, deprel: t.deprel, deps });
    }
  }
  return out;
}

interface GoldArg {
  /** Texts a matching name may equal, with the head-group words it must hold when shorter. */
  mentions: { words: string[]; head: Set<string> }[];
  label: string;
}

function main(): void {
  const docs = fs
    .readFileSync(path.join(dir, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldDoc)
    .filter((d) => d.split !== 'test');
  const totals = { verbs: 0, found: 0, actorGold: 0, actorRight: 0, targetGold: 0, targetRight: 0, actorNames: 0, actorNamesRight: 0, targetNames: 0, targetNamesRight: 0, actorUnjudged: 0, targetUnjudged: 0 };
  const misses: string[] = [];
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
    const headGroup = (from: number, to: number): Set<string> => {
      // Tokens of [from, to) (UTF-16) whose head is outside, then flat/compound words around them.
      const inside = toks.map((t, i) => [t, i] as const).filter(([t]) => t.start >= from && t.end <= to);
      const ids = new Set(inside.map(([, i]) => i));
      const heads = inside.filter(([t]) => !ids.has(t.head)).map(([, i]) => i);
      const group = new Set(heads);
      for (const [t, i] of inside) if (/^(flat|compound)/.test(t.deprel) && group.has(t.head)) group.add(i);
      for (const [t, i] of inside) if (/^(flat|compound)/.test(t.deprel) && group.has(t.head)) group.add(i);
      return new Set([...group].map((i) => norm(toks[i].form)));
    };
    const argOf = (a: number, label: string): GoldArg => {
      const t = toks[a];
      // The smallest mention holding the token, and every mention of its entity.
      let own: (typeof mentions)[number] | null = null;
      for (const m of mentions) if (m.start <= t.start && m.end >= t.end && (!own || m.end - m.start < own.end - own.start)) own = m;
      const chain = own ? (byEid.get(own.eid) ?? [own]) : [];
      const out = chain.map((m) => ({ words: words(doc.text.slice(m.start, m.end)), head: headGroup(m.start, m.end) }));
      if (!out.length) out.push({ words: words(t.form), head: new Set([norm(t.form)]) });
      return { mentions: out, label };
    };
    const matches = (name: string, g: GoldArg): boolean => {
      const p = words(name);
      return g.mentions.some((m) => (p.join(' ') === m.words.join(' ')) || (holds(m.words, p) && p.some((w) => m.head.has(w))) || (holds(p, m.words) && m.words.some((w) => m.head.has(w))));
    };
    const report = analyze(doc.text, { id: doc.id, date: doc.dct, tasks: ['events'] });
    const events = new Map<number, NewsEvent>();
    for (const e of report.events ?? []) events.set(cpToUnit[e.trigger.start], e);
    toks.forEach((v, vi) => {
      if (v.upos !== 'VERB') return;
      const actors: GoldArg[] = [];
      const targets: GoldArg[] = [];
      const accepted: GoldArg[] = [];
      toks.forEach((t, ti) => {
        for (const [h, rel] of t.deps) {
          if (h !== vi) continue;
          if (/^nsubj(:xsubj)?$/.test(rel) || rel === 'obl:agent' || rel === 'nsubj:outer') actors.push(argOf(ti, rel));
          else if (/^(obj|iobj|nsubj:pass(:xsubj)?)$/.test(rel)) targets.push(argOf(ti, rel));
          else if (/^obl:/.test(rel) && TARGET_PREPOSITIONS.has(rel.slice(4))) accepted.push(argOf(ti, rel));
        }
      });
      totals.verbs++;
      const e = events.get(v.start);
      if (!e) return;
      totals.found++;
      const where = () => `${doc.id} "${doc.text.slice(Math.max(0, v.start - 60), v.end + 40).replace(/\s+/g, ' ')}" [${v.form}]`;
      if (actors.length) {
        totals.actorGold++;
        if (e.actors.some((n) => actors.some((g) => matches(n, g)))) totals.actorRight++;
        else misses.push(`actor  ${where()} gold ${actors.map((g) => g.mentions[0].words.join(' ')).join(' | ')} got ${JSON.stringify(e.actors)}`);
      }
      if (targets.length) {
        totals.targetGold++;
        if (e.targets.some((n) => targets.some((g) => matches(n, g)))) totals.targetRight++;
        else misses.push(`target ${where()} gold ${targets.map((g) => g.mentions[0].words.join(' ')).join(' | ')} got ${JSON.stringify(e.targets)}`);
      }
      if (!actors.length) totals.actorUnjudged += e.actors.length;
      if (![...targets, ...accepted].length) totals.targetUnjudged += e.targets.length;
      for (const n of actors.length ? e.actors : []) {
        totals.actorNames++;
        if (actors.some((g) => matches(n, g))) totals.actorNamesRight++;
        else misses.push(`actor name wrong ${where()} "${n}"`);
      }
      for (const n of [...targets, ...accepted].length ? e.targets : []) {
        totals.targetNames++;
        if ([...targets, ...accepted].some((g) => matches(n, g))) totals.targetNamesRight++;
        else misses.push(`target name wrong ${where()} "${n}"`);
      }
    });
    void tokenAt;
  }
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
  console.log(`GUM news (${docs.length} documents, test split left out): ${totals.verbs} verbs, ${totals.found} found as events by newsx`);
  console.log(`actor accuracy  ${pct(totals.actorRight, totals.actorGold)} (${totals.actorRight}/${totals.actorGold})   precision ${pct(totals.actorNamesRight, totals.actorNames)} (${totals.actorNamesRight}/${totals.actorNames})`);
  console.log(`target accuracy ${pct(totals.targetRight, totals.targetGold)} (${totals.targetRight}/${totals.targetGold})   precision ${pct(totals.targetNamesRight, totals.targetNames)} (${totals.targetNamesRight}/${totals.targetNames})`);
  console.log(`names given for verbs without a gold argument of that kind (not judged): actors ${totals.actorUnjudged}, targets ${totals.targetUnjudged}`);
  if (show) for (const m of misses.slice(0, show)) console.log(m);
}

main();
