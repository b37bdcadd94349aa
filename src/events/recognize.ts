// Event triggers: a greedy left-to-right token classifier (O or a TimeML class) over the shared
// averaged perceptron, trained by scripts/train-events.ts on TempEval-3 TBAQ-cleaned.

import { modelFile } from '../model/files.js';
import { FrozenPerceptron, type Scorer } from '../model/perceptron.js';
import { eventFeatures, historyFeatures, type TaggedSentence } from './features.js';

export const EVENTS_MODEL = 'events.bin';

let loaded: FrozenPerceptron | null = null;

export function eventsModel(): FrozenPerceptron {
  return (loaded ??= FrozenPerceptron.load(modelFile(EVENTS_MODEL)));
}

/** Buckets of the static and the history features of token i, in one array. */
export function tokenBuckets(model: Pick<Scorer, 'buckets'>, fixed: Int32Array, s: TaggedSentence, i: number, prev: string): Int32Array {
  const h = model.buckets(historyFeatures(s, i, prev));
  const out = new Int32Array(fixed.length + h.length);
  out.set(fixed);
  out.set(h, fixed.length);
  return out;
}

// The trained model favours O a little too much (precision well above recall on held-out
// documents): an event class wins when its score comes within BIAS of O's.
export const EVENT_BIAS = 2;

export function decide(scores: Float32Array, bias = EVENT_BIAS): number {
  let best = 1;
  for (let c = 2; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  return scores[best] + bias >= scores[0] ? best : 0;
}

/** One label per token: 'O' or an event class. */
export function predictLabels(model: Scorer, s: TaggedSentence, bias = EVENT_BIAS): string[] {
  const out: string[] = [];
  let prev = '<s>';
  const scores = new Float32Array(model.classes.length);
  for (let i = 0; i < s.words.length; i++) {
    const b = tokenBuckets(model, model.buckets(eventFeatures(s, i)), s, i, prev);
    prev = model.classes[decide(model.scores(b, scores), bias)];
    out.push(prev);
  }
  return out;
}
