// Features of the dependency parser, as hashed buckets computed from numbers: each word of a
// sentence is read once into two numbers (its normalised form's hash and its tag's hash), and a
// feature is a template number mixed with a few of those (no strings are built while parsing).
// The same functions serve training and parsing, so the two cannot drift apart.

import { foldPunct, normWord } from '../model/pos.js';
import { hashFeature } from '../model/perceptron.js';
import type { ArcHybrid } from './arc-hybrid.js';

/** A sentence as the features read it: per word (and the root, at index n) a word and a tag number. */
export interface ParseAtoms {
  words: Int32Array;
  tags: Int32Array;
}

const NONE = 0x5bd1e995 | 0;
const ROOT_WORD = hashFeature('-ROOT-') | 0;
const ROOT_TAG = hashFeature('-ROOT-TAG-') | 0;

// Word numbers per word form, bounded like the tagger's memos (emptied when full).
const WORD_LIMIT = 50_000;
const wordAtoms = new Map<string, number>();
const tagAtoms = new Map<string, number>();

function wordAtom(w: string): number {
  let a = wordAtoms.get(w);
  if (a === undefined) {
    if (wordAtoms.size >= WORD_LIMIT) wordAtoms.clear();
    wordAtoms.set(w, (a = hashFeature(normWord(foldPunct(w))) | 0));
  }
  return a;
}

function tagAtom(t: string): number {
  let a = tagAtoms.get(t);
  if (a === undefined) tagAtoms.set(t, (a = hashFeature('t=' + t) | 0));
  return a;
}

/** The atoms of a sentence, into `into` when its arrays are long enough (only [0, n] is read). */
export function parseAtoms(words: readonly string[], tags: readonly string[], into?: ParseAtoms): ParseAtoms {
  const n = words.length;
  const x = into && into.words.length > n ? into : { words: new Int32Array(Math.max(n + 1, 2 * (into?.words.length ?? 0))), tags: new Int32Array(Math.max(n + 1, 2 * (into?.words.length ?? 0))) };
  const w = x.words;
  const t = x.tags;
  for (let i = 0; i < n; i++) {
    w[i] = wordAtom(words[i]);
    t[i] = tagAtom(tags[i]);
  }
  w[n] = ROOT_WORD;
  t[n] = ROOT_TAG;
  return x;
}

/** One bucket: template k over up to three numbers (murmur-style mixing, then the mask). */
function f(k: number, a: number, b: number, c: number, mask: number): number {
  let h = Math.imul(k + 0x632be5ab, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h ^ b, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h ^ c, 0x27d4eb2d);
  h ^= h >>> 15;
  return h & mask;
}

/** Distance buckets: 1, 2, 3, 4, 5–7, 8+. */
function distance(d: number): number {
  return d < 5 ? d : d < 8 ? 5 : 6;
}

export const MOVE_FEATURES = 44;

/** The buckets of the move features of state s, into out[0, MOVE_FEATURES). */
export function moveBuckets(s: ArcHybrid, x: ParseAtoms, mask: number, out: Int32Array): Int32Array {
  const W = x.words;
  const T = x.tags;
  const s0 = s.s(0);
  const s1 = s.s(1);
  const s2 = s.s(2);
  const b0 = s.buf(0);
  const b1 = s.buf(1);
  const b2 = s.buf(2);
  const w = (i: number) => (i < 0 ? NONE : W[i]);
  const t = (i: number) => (i < 0 ? NONE : T[i]);
  const lab = (i: number) => (i < 0 ? NONE : s.labels[i]);
  const s0w = w(s0), s0t = t(s0), s1w = w(s1), s1t = t(s1), b0w = w(b0), b0t = t(b0);
  const b1t = t(b1);
  const s0l = s0 < 0 ? -1 : s.leftmost[s0];
  const s0r = s0 < 0 ? -1 : s.rightmost[s0];
  const s1l = s1 < 0 ? -1 : s.leftmost[s1];
  const s1r = s1 < 0 ? -1 : s.rightmost[s1];
  const b0l = b0 < 0 ? -1 : s.leftmost[b0];
  const dist = s0 >= 0 && b0 >= 0 ? distance(b0 - s0) : 0;
  let k = 0;
  out[k++] = f(0, 0, 0, 0, mask);
  out[k++] = f(1, s0w, 0, 0, mask);
  out[k++] = f(2, s0t, 0, 0, mask);
  out[k++] = f(3, s0w, s0t, 0, mask);
  out[k++] = f(4, s1w, 0, 0, mask);
  out[k++] = f(5, s1t, 0, 0, mask);
  out[k++] = f(6, s1w, s1t, 0, mask);
  out[k++] = f(7, b0w, 0, 0, mask);
  out[k++] = f(8, b0t, 0, 0, mask);
  out[k++] = f(9, b0w, b0t, 0, mask);
  out[k++] = f(10, w(b1), 0, 0, mask);
  out[k++] = f(11, b1t, 0, 0, mask);
  out[k++] = f(12, t(b2), 0, 0, mask);
  out[k++] = f(13, t(s2), 0, 0, mask);
  out[k++] = f(14, s0w, b0w, 0, mask);
  out[k++] = f(15, s0t, b0t, 0, mask);
  out[k++] = f(16, s0w, b0t, 0, mask);
  out[k++] = f(17, s0t, b0w, 0, mask);
  out[k++] = f(18, s1t, s0t, b0t, mask);
  out[k++] = f(19, s0t, b0t, b1t, mask);
  out[k++] = f(20, b0t, b1t, t(b2), mask);
  out[k++] = f(21, t(s2), s1t, s0t, mask);
  out[k++] = f(22, s1w, s0w, 0, mask);
  out[k++] = f(23, s1t, s0w, 0, mask);
  out[k++] = f(24, s0t, t(s0l), t(s0r), mask);
  out[k++] = f(25, s0t, t(s0l), b0t, mask);
  out[k++] = f(26, s1t, t(s1r), s0t, mask);
  out[k++] = f(27, b0t, t(b0l), s0t, mask);
  out[k++] = f(28, dist, s0t, b0t, mask);
  out[k++] = f(29, dist, s0w, b0t, mask);
  out[k++] = f(30, s0t, lab(s0l), lab(s0r), mask);
  out[k++] = f(31, b0t, lab(b0l), s0 < 0 ? NONE : s.leftCount[s0] * 8 + s.rightCount[s0], mask);
  out[k++] = f(32, s1t, lab(s1l), lab(s1r), mask);
  out[k++] = f(33, s0w, b0w, b0t, mask);
  out[k++] = f(34, s0t, s1w, 0, mask);
  out[k++] = f(35, s1w, b0w, 0, mask);
  out[k++] = f(36, s1t, b0t, 0, mask);
  out[k++] = f(37, b0w, b1t, 0, mask);
  out[k++] = f(38, b0t, w(b1), 0, mask);
  out[k++] = f(39, w(s0l), s0t, 0, mask);
  out[k++] = f(40, w(s0r), s0t, 0, mask);
  out[k++] = f(41, w(b0l), b0t, 0, mask);
  out[k++] = f(42, dist, b0w, 0, mask);
  out[k++] = f(43, s0t, b0t, s0 < 0 ? NONE : s.leftCount[s0] * 8 + s.rightCount[s0], mask);
  return out;
}

export const LABEL_FEATURES = 18;

/** The buckets of the label features of the arc head → dep, into out[0, LABEL_FEATURES). */
export function labelBuckets(s: ArcHybrid, x: ParseAtoms, head: number, dep: number, mask: number, out: Int32Array): Int32Array {
  const W = x.words;
  const T = x.tags;
  const w = (i: number) => (i < 0 ? NONE : W[i]);
  const t = (i: number) => (i < 0 ? NONE : T[i]);
  const dir = dep < head ? 1 : 2;
  const hw = W[head], ht = T[head], dw = W[dep], dt = T[dep];
  // The dependent is complete: its first dependent often says what it is ("by" an agent, "of").
  const dl = s.leftmost[dep];
  const dr = s.rightmost[dep];
  // The head's nearest-so-far left dependent ("was" before a passive participle).
  const hl = s.leftmost[head];
  const dist = distance(Math.abs(head - dep));
  let k = 0;
  out[k++] = f(100, dir, 0, 0, mask);
  out[k++] = f(101, dir, dw, 0, mask);
  out[k++] = f(102, dir, dt, 0, mask);
  out[k++] = f(103, dir, hw, 0, mask);
  out[k++] = f(104, dir, ht, 0, mask);
  out[k++] = f(105, dir, ht, dt, mask);
  out[k++] = f(106, dir, hw, dt, mask);
  out[k++] = f(107, dir, ht, dw, mask);
  out[k++] = f(108, dir, hw, dw, mask);
  out[k++] = f(109, dir, w(dl), dt, mask);
  out[k++] = f(110, dir, t(dl), ht, mask);
  out[k++] = f(111, dir, w(hl), ht, mask);
  out[k++] = f(112, dir, dist, ht * 31 + dt, mask);
  out[k++] = f(113, dir, t(dr), dt, mask);
  out[k++] = f(114, dir, w(dl), ht, mask);
  out[k++] = f(115, dir, t(dep - 1), dt, mask);
  out[k++] = f(116, dir, t(dep + 1 <= s.n ? dep + 1 : -1), dt, mask);
  out[k++] = f(117, dir, w(hl), dt, mask);
  return out;
}
