// The statistical entity recogniser: two averaged perceptrons decoding BILOU labels greedily left
// to right. The first pass reads the token and its sentence; the second pass also reads what the
// first pass said about the other occurrences of the same word in the document (a surname after
// the full name, a team name in a results table, a place in a capitals headline) and about the
// next token. Trained by scripts/train-ner.ts; the weights ship in models/ner1.bin and ner2.bin.

import { modelFile } from '../model/files.js';
import { FrozenPerceptron, type Scorer } from '../model/perceptron.js';
import { posModel, tagWords } from '../model/pos.js';
import { buildDocContext, foldWord, isAllCaps, labelFeatures, staticFeatures, type DocContext, type NerSentence } from './features.js';

export const NER_FIRST_MODEL = 'ner1.bin';
export const NER_SECOND_MODEL = 'ner2.bin';

/** Entity types the model tags, as CoNLL names them. */
export type NerType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface NerDocument {
  sentences: NerSentence[];
  doc: DocContext;
  /** Label-free features per sentence and token, computed once and shared by both passes. */
  stat: string[][][];
}

/** Sentences of raw words, as the tokenizer split them, made ready for tagging. */
export function prepareDocument(words: readonly (readonly string[])[], pos: Scorer = posModel()): NerDocument {
  const sentences = words.map((ws) => {
    const folded = ws.map(foldWord);
    return { words: folded, tags: tagWords(pos, folded), allCaps: isAllCaps(folded) };
  });
  const doc = buildDocContext(sentences);
  return { sentences, doc, stat: sentences.map((s) => staticFeatures(s, doc)) };
}

/**
 * Which label may follow which (last row: sentence start): I-X and L-X only continue B-X or I-X.
 * Everything else may follow anything, so a name the model opened (B-X) may still end at once
 * when the next word is plainly not part of it: greedy decoding never has to drag a name over
 * "after his" because it started one at "West".
 */
export function transitionTable(classes: readonly string[]): boolean[][] {
  const may = (prev: string, c: string) => {
    if (!c.startsWith('I-') && !c.startsWith('L-')) return true;
    return (prev.startsWith('B-') || prev.startsWith('I-')) && prev.slice(2) === c.slice(2);
  };
  return [...classes.map((prev) => classes.map((c) => may(prev, c))), classes.map((c) => may('<s>', c))];
}

/** Called on each token during training with the chosen label; returns nothing. */
export type Teacher = (sentence: number, token: number, buckets: Int32Array, guess: number) => void;

/** Feature strings hashed once per model: the label-free part of each token's features. */
export function hashAll(model: Scorer, features: readonly (readonly string[][])[]): Int32Array[][] {
  return features.map((s) => s.map((f) => model.buckets(f)));
}

/**
 * Greedy decoding of one sentence over pre-hashed static (and, in the second pass, extra)
 * features; only the few features of the previous labels are hashed here. `teach`, during
 * training, sees every decision (the history stays the model's own guesses, as at run time).
 */
export function decodeSentence(
  model: Scorer,
  allowed: boolean[][],
  doc: NerDocument,
  si: number,
  stat: readonly Int32Array[],
  extra?: readonly Int32Array[],
  teach?: Teacher,
): string[] {
  const words = doc.stat[si];
  const labels: string[] = [];
  let prevIdx = allowed.length - 1;
  const n = model.classes.length;
  const scores = new Float32Array(n);
  const part = new Float32Array(n);
  for (let i = 0; i < words.length; i++) {
    const lb = model.buckets(labelFeatures(i, labels[i - 1] ?? '<s>', labels[i - 2] ?? '<s>', words[i][1], words[i][2]));
    // Scored in parts, so no per-token array of all the buckets is built at run time.
    model.scores(stat[i], scores);
    model.scores(lb, part);
    for (let c = 0; c < n; c++) scores[c] += part[c];
    if (extra) {
      model.scores(extra[i], part);
      for (let c = 0; c < n; c++) scores[c] += part[c];
    }
    const row = allowed[prevIdx];
    let best = -1;
    for (let c = 0; c < n; c++) if (row[c] && (best < 0 || scores[c] > scores[best])) best = c;
    if (teach) teach(si, i, concat(stat[i], lb, extra ? extra[i] : EMPTY), best);
    labels.push(model.classes[best]);
    prevIdx = best;
  }
  return labels;
}

function concat(a: Int32Array, b: Int32Array, c: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length + c.length);
  out.set(a, 0);
  out.set(b, a.length);
  out.set(c, a.length + b.length);
  return out;
}

const EMPTY = new Int32Array(0);

function typeOf(label: string): string {
  return label === 'O' ? 'O' : label.slice(2);
}

const HAS_LETTER = /\p{L}/u;

/**
 * Second-pass features: the first-pass label of this token and of its neighbours, and the types
 * the first pass gave the other occurrences of the same word (case-folded) in the document.
 */
export function secondPassFeatures(doc: NerDocument, first: readonly string[][]): string[][][] {
  const counts = new Map<string, Record<string, number>>();
  doc.sentences.forEach((s, si) =>
    s.words.forEach((w, i) => {
      if (!HAS_LETTER.test(w)) return;
      const key = w.toLowerCase();
      const c = counts.get(key) ?? {};
      const t = typeOf(first[si][i]);
      c[t] = (c[t] ?? 0) + 1;
      counts.set(key, c);
    }),
  );
  return doc.sentences.map((s, si) =>
    s.words.map((w, i) => {
      const own = first[si][i];
      const f = ['f1=' + own, 'f1-1=' + (first[si][i - 1] ?? '<s>'), 'f1+1=' + (first[si][i + 1] ?? '</s>'), 'f1+1o=' + own + '|' + (first[si][i + 1] ?? '</s>')];
      if (!HAS_LETTER.test(w)) return f;
      const c = counts.get(w.toLowerCase())!;
      const ownType = typeOf(own);
      let best = '';
      let bestN = 0;
      let others = 0;
      for (const [t, n0] of Object.entries(c)) {
        const n = t === ownType ? n0 - 1 : n0;
        others += n;
        if (n > bestN) {
          best = t;
          bestN = n;
        }
      }
      if (others === 0) f.push('dm=none');
      else {
        const share = bestN === others ? 'all' : bestN * 2 > others ? 'most' : 'some';
        f.push('dm=' + best, 'dms=' + best + '|' + share, 'dmo=' + best + '|' + ownType);
        // Any other occurrence named as an entity, whatever the majority says.
        for (const t of ['PER', 'ORG', 'LOC', 'MISC']) {
          const n = (c[t] ?? 0) - (t === ownType ? 1 : 0);
          if (n > 0) f.push('dany=' + t);
        }
      }
      return f;
    }),
  );
}

export interface NerModels {
  first: Scorer;
  second: Scorer;
}

/** Both passes over a prepared document: one label per token. */
export function tagDocument(models: NerModels, doc: NerDocument): string[][] {
  const { first: m1, second: m2 } = models;
  const allowed1 = transitionTable(m1.classes);
  const stat1 = hashAll(m1, doc.stat);
  const first = doc.sentences.map((_, si) => decodeSentence(m1, allowed1, doc, si, stat1[si]));
  const extra = hashAll(m2, secondPassFeatures(doc, first));
  const allowed2 = transitionTable(m2.classes);
  // Both passes are trained with the same number of hash bits, so the static features hash alike.
  const stat2 = sameHashing(m1, m2) ? stat1 : hashAll(m2, doc.stat);
  return doc.sentences.map((_, si) => decodeSentence(m2, allowed2, doc, si, stat2[si], extra[si]));
}

const PROBES = ['probe:a', 'probe:b', 'probe:c', 'probe:d', 'probe:e', 'probe:f'];

function sameHashing(a: Scorer, b: Scorer): boolean {
  const x = a.buckets(PROBES);
  const y = b.buckets(PROBES);
  return x.every((v, i) => v === y[i]);
}

/** Token index ranges [start, end) and types of the entities a BIO or BILOU label sequence marks. */
export function spansOf(labels: readonly string[]): { start: number; end: number; type: NerType }[] {
  const out: { start: number; end: number; type: NerType }[] = [];
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === 'O') continue;
    const type = labels[i].slice(2) as NerType;
    let j = i + 1;
    if (!labels[i].startsWith('U-') && !labels[i].startsWith('L-')) {
      while (j < labels.length && labels[j].slice(2) === type && (labels[j].startsWith('I-') || labels[j].startsWith('L-'))) {
        j++;
        if (labels[j - 1].startsWith('L-')) break;
      }
    }
    out.push({ start: i, end: j, type });
    i = j - 1;
  }
  return out;
}

let loaded: NerModels | null = null;

export function nerModels(): NerModels {
  return (loaded ??= { first: FrozenPerceptron.load(modelFile(NER_FIRST_MODEL)), second: FrozenPerceptron.load(modelFile(NER_SECOND_MODEL)) });
}
