// A greedy dependency parser: arc-hybrid moves (arc-hybrid.ts) chosen by an averaged perceptron,
// each arc labelled by a second one as it is made, over the words and the tagger's POS tags.
// Trained by scripts/train-parser.ts on the Universal Dependencies English Web Treebank (UD
// labels: nsubj, obj, obl:agent, acl:relcl, appos, ...). The models load on the first parse, so
// commands that never parse never read them.

import { modelFile } from '../model/files.js';
import type { Perceptron } from '../model/perceptron.js';
import { ArcHybrid, LEFT, RIGHT, SHIFT } from './arc-hybrid.js';
import { ParserTable } from './parser-model.js';
import { isLongRun } from '../model/long-run.js';
import { CONTEXT_FEATURES, LABEL_FEATURES, labelBuckets, MOVE_FEATURES, moveBuckets, moveContextBuckets, parseAtoms, type ParseAtoms } from './parse-features.js';
import { PositionRows } from './position-rows.js';

export const PARSER_MODEL = 'parser.bin';
export const LABELS_MODEL = 'parser-labels.bin';

/** What parsing needs of a model: trained (Perceptron) or loaded (parser-model.ts). */
export type ParseScorer = Pick<ParserTable | Perceptron, 'classes' | 'bits' | 'addInto' | 'newSums'>;

export interface ParserModels {
  moves: ParseScorer;
  labels: ParseScorer;
}

/**
 * The dependency tree of one sentence: heads[i] is the index (in the sentence's tokens) of token
 * i's head, -1 for the sentence's root word; labels[i] is the UD relation of token i to its head
 * ('root' for the root word).
 */
export interface Parse {
  heads: Int32Array;
  labels: string[];
}

const moveScratch = new Int32Array(MOVE_FEATURES);
const labelScratch = new Int32Array(LABEL_FEATURES);
// The state and the atoms are reused from sentence to sentence (parsing is synchronous).
const state = new ArcHybrid(64);
let atoms: ParseAtoms | undefined;
const sumsOf = new WeakMap<ParseScorer, Int32Array | Float64Array>();
// A loaded model's single-position sums (position-rows.ts); a model in training is scored feature by feature.
const positionsOf = new WeakMap<ParserTable, PositionRows>();

function positionRows(m: ParseScorer): PositionRows | null {
  if (!(m instanceof ParserTable)) return null;
  let p = positionsOf.get(m);
  if (!p) positionsOf.set(m, (p = new PositionRows(m)));
  return p;
}

function sumsFor(m: ParseScorer): Int32Array | Float64Array {
  let sums = sumsOf.get(m);
  if (!sums) sumsOf.set(m, (sums = m.newSums(m.classes.length)));
  return sums;
}

/**
 * Words parsed after which the loaded tables build their indexes (ParserTable.index): a run that
 * long (a batch) gains from them; one article (the seed: 484 words; a cold start) never pays for
 * building them. A batch (isLongRun) builds them at its first parse.
 */
const INDEX_AFTER_WORDS = 5_000;
let wordsParsed = 0;

export function parseWords(models: ParserModels, words: readonly string[], tags: readonly string[]): Parse {
  const n = words.length;
  if (wordsParsed <= INDEX_AFTER_WORDS && ((wordsParsed += n) > INDEX_AFTER_WORDS || isLongRun())) {
    wordsParsed = INDEX_AFTER_WORDS + 1;
    if (models.moves instanceof ParserTable) models.moves.index();
    if (models.labels instanceof ParserTable) models.labels.index();
  }
  const x = (atoms = parseAtoms(words, tags, atoms));
  const s = state.reset(n);
  const { moves, labels } = models;
  const moveMask = (1 << moves.bits) - 1;
  const labelMask = (1 << labels.bits) - 1;
  const moveSums = sumsFor(moves);
  const labelSums = sumsFor(labels);
  const positions = positionRows(moves);
  positions?.load(x, n);
  while (!s.done()) {
    let best = onlyMove(s);
    if (best < 0) {
      if (positions) {
        positions.sumsOf(s, moveSums);
        moves.addInto(moveContextBuckets(s, x, moveMask, moveScratch), 0, CONTEXT_FEATURES, moveSums);
      } else {
        moveSums.fill(0);
        moves.addInto(moveBuckets(s, x, moveMask, moveScratch), 0, MOVE_FEATURES, moveSums);
      }
      for (let m = SHIFT; m <= RIGHT; m++) if (s.valid(m) && (best < 0 || moveSums[m] > moveSums[best])) best = m;
    }
    let label = -1;
    // The last move hangs the sentence's head on the root: its label is 'root' whatever the model says.
    if (best !== SHIFT && !(best === LEFT && s.b === n)) {
      const dep = s.stack[s.depth - 1];
      const head = best === LEFT ? s.b : s.stack[s.depth - 2];
      label = bestLabel(labels, labelBuckets(s, x, head, dep, labelMask, labelScratch), labelSums);
    }
    s.apply(best, label);
  }
  const heads = new Int32Array(n);
  const out: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    heads[i] = s.heads[i] === n ? -1 : s.heads[i];
    out[i] = heads[i] < 0 ? 'root' : labels.classes[s.labels[i]];
  }
  return { heads, labels: out };
}

/**
 * The move when only one is valid, else -1: an empty stack can only SHIFT, and once the buffer
 * holds only the root the stack is reduced (RIGHT while it has two words or more, then LEFT onto
 * the root). These states are not scored: their move is the same whatever the scores.
 */
function onlyMove(s: ArcHybrid): number {
  if (s.depth === 0) return SHIFT;
  if (s.b === s.n) return s.depth === 1 ? LEFT : RIGHT;
  return -1;
}

export function bestLabel(labels: ParseScorer, buckets: Int32Array, sums: Int32Array | Float64Array): number {
  sums.fill(0);
  labels.addInto(buckets, 0, LABEL_FEATURES, sums);
  let best = 0;
  for (let c = 1; c < sums.length; c++) if (sums[c] > sums[best]) best = c;
  return best;
}

let loaded: ParserModels | null = null;

export function parserModels(): ParserModels {
  return (loaded ??= { moves: ParserTable.load(modelFile(PARSER_MODEL)), labels: ParserTable.load(modelFile(LABELS_MODEL)) });
}
