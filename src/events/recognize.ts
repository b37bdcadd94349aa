// Event triggers in two stages over the shared averaged perceptron, both trained by
// scripts/train-events.ts on TempEval-3 TBAQ-cleaned:
// 1. a greedy left-to-right token classifier (O or a TimeML class) decides which tokens are events;
//    tokens whose tag cannot carry an event are labelled O unscored (features.ts, isCandidate);
// 2. a class classifier reads each detected trigger again with features that tell the classes
//    apart (the complement after it, its governing verb, WordNet fields) and gives its class.

import fs from 'node:fs';
import { modelFile } from '../model/files.js';
import { FrozenPerceptron, type Scorer } from '../model/perceptron.js';
import {
  classFeatures,
  contextFeatures,
  FeatureBuffer,
  historyFeatures,
  isCandidate,
  wordTagHashes,
  type TaggedSentence,
  type WordInfo,
} from './features.js';

export const EVENTS_MODEL = 'events.bin';
export const CLASSES_MODEL = 'event-classes.bin';

/** A model with the width of its hash table (features are hashed by features.ts). */
export type EventScorer = Scorer & { readonly bits: number };

let loaded: FrozenPerceptron | null = null;
let loadedClasses: FrozenPerceptron | null | undefined;

export function eventsModel(): FrozenPerceptron {
  return (loaded ??= FrozenPerceptron.load(modelFile(EVENTS_MODEL)));
}

/** The second-stage class model, or null when it is not shipped (the first stage's class stands). */
export function classesModel(): FrozenPerceptron | null {
  if (loadedClasses === undefined) {
    const file = modelFile(CLASSES_MODEL);
    loadedClasses = fs.existsSync(file) ? FrozenPerceptron.load(file) : null;
  }
  return loadedClasses;
}

/** Buckets of the features of token i that do not read the previous decision. */
export function staticBuckets(model: EventScorer, s: TaggedSentence, i: number, buf = new FeatureBuffer()): Int32Array {
  buf.length = 0;
  for (const h of wordTagHashes(s.info[i], s.tags[i], s.tagIds[i])) buf.push(h);
  contextFeatures(s, i, buf);
  return buf.buckets(model.bits);
}

/** Buckets of the history features of token i. */
export function historyBuckets(model: EventScorer, s: TaggedSentence, i: number, prev: string, buf = new FeatureBuffer()): Int32Array {
  buf.length = 0;
  historyFeatures(s, i, prev, buf);
  return buf.buckets(model.bits);
}

/** Buckets of the class features of trigger i. */
export function classBuckets(model: EventScorer, s: TaggedSentence, i: number, buf = new FeatureBuffer()): Int32Array {
  buf.length = 0;
  classFeatures(s, i, buf);
  return buf.buckets(model.bits);
}

// The trained model favours O a little too much (precision well above recall on held-out
// documents): an event class wins when its score comes within BIAS of O's.
export const EVENT_BIAS = 2;

// A noun that names a verb's act (WordNet) with its arguments around it, a possessor before and a
// complement after ("Germany's surrender to", "their visit to", "its withdrawal from"), is an event
// far more often than the classifier's word-by-word evidence says: its margin is wider.
export const NOMINAL_BIAS = 4;
const NOMINAL_COMPLEMENTS = new Set(['of', 'to', 'against', 'with', 'from', 'on', 'by', 'for', 'over']);

export function isArgumentNominal(s: TaggedSentence, i: number): boolean {
  const t = s.tags[i];
  if ((t !== 'NN' && t !== 'NNS') || !s.info[i].deverbal || i === 0 || i + 1 >= s.tags.length) return false;
  return (s.tags[i - 1] === 'POS' || s.tags[i - 1] === 'PRP$') && NOMINAL_COMPLEMENTS.has(s.lower[i + 1]);
}

export function decide(scores: Float32Array, bias = EVENT_BIAS): number {
  let best = 1;
  for (let c = 2; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  return scores[best] + bias >= scores[0] ? best : 0;
}

/** The best event class (never O) for the class features of trigger i. */
export function classOf(model: EventScorer, s: TaggedSentence, i: number, buf = new FeatureBuffer()): number {
  const scores = model.scores(classBuckets(model, s, i, buf));
  let best = 1;
  for (let c = 2; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  return best;
}

/**
 * Scores of the word-and-tag features of a word under a frozen model, cached on the word: most
 * tokens are frequent words, so a token costs only the look-ups of its context features.
 */
function wordTagScores(model: EventScorer, info: WordInfo, tag: string, tagId: number, mask: number): Float32Array {
  if (info.scoredBy !== model) {
    info.scored = [];
    info.scoredBy = model;
  }
  let s = info.scored[tagId];
  if (!s) {
    const h = wordTagHashes(info, tag, tagId);
    const b = new Int32Array(h.length);
    for (let k = 0; k < h.length; k++) b[k] = h[k] & mask;
    s = model.scores(b, new Float32Array(model.classes.length));
    info.scored[tagId] = s;
  }
  return s;
}

/**
 * One label per token: 'O' or an event class. `classes`: the second-stage model (null: keep the
 * first stage's class).
 */
export function predictLabels(model: EventScorer, s: TaggedSentence, classes: EventScorer | null = null, bias = EVENT_BIAS): string[] {
  const out: string[] = new Array<string>(s.tags.length);
  const n = model.classes.length;
  const mask = (1 << model.bits) - 1;
  // Cached word scores only for a model whose weights cannot change under us.
  const frozen = model instanceof FrozenPerceptron;
  const buf = new FeatureBuffer();
  const scores = new Float32Array(n);
  let reused = new Int32Array(0);
  let prev = 'O';
  for (let i = 0; i < s.tags.length; i++) {
    if (!isCandidate(s, i)) {
      out[i] = prev = 'O';
      continue;
    }
    buf.length = 0;
    if (!frozen) for (const h of wordTagHashes(s.info[i], s.tags[i], s.tagIds[i])) buf.push(h);
    contextFeatures(s, i, buf);
    historyFeatures(s, i, prev, buf);
    // A frozen model's tokens all have the same number of context and history features.
    if (!frozen || reused.length !== buf.length) reused = new Int32Array(buf.length);
    const b = reused;
    for (let k = 0; k < buf.length; k++) b[k] = buf.hashes[k] & mask;
    model.scores(b, scores);
    if (frozen) {
      const w = wordTagScores(model, s.info[i], s.tags[i], s.tagIds[i], mask);
      for (let c = 0; c < n; c++) scores[c] += w[c];
    }
    const label = decide(scores, isArgumentNominal(s, i) ? bias + NOMINAL_BIAS : bias);
    // The history features read the first stage's decision, as in training.
    prev = model.classes[label];
    out[i] = label > 0 && classes ? classes.classes[classOf(classes, s, i, buf)] : prev;
  }
  return out;
}
