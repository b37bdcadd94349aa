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

/** The word and tag number of a position the state does not have (an empty stack's top). */
export const NONE = 0x5bd1e995 | 0;
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

// A position's word, tag and arc label numbers, NONE where the state has no word (i < 0). Plain
// functions, not closures over the arrays: a closure made per call is an allocation per state.
function wordAt(x: ParseAtoms, i: number): number {
  return i < 0 ? NONE : x.words[i];
}

function tagAt(x: ParseAtoms, i: number): number {
  return i < 0 ? NONE : x.tags[i];
}

function labelAt(s: ArcHybrid, i: number): number {
  return i < 0 ? NONE : s.labels[i];
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

/**
 * The positions a state's first move features read one at a time (features 1–13: a position's
 * word, its tag, or both): the stack's top three and the buffer's first three words.
 */
export const S0 = 0;
export const S1 = 1;
export const B0 = 2;
export const B1 = 3;
export const B2 = 4;
export const S2 = 5;
export const POSITIONS = 6;
// Per position, the template of its word alone, its tag alone and of both (-1: none).
const WORD_TEMPLATE = [1, 4, 7, 10, -1, -1];
const TAG_TEMPLATE = [2, 5, 8, 11, 12, 13];
const PAIR_TEMPLATE = [3, 6, 9, -1, -1, -1];
/** Features 0–13 are the bias and the single-position ones; the rest read two or more positions. */
export const SINGLE_POSITION_FEATURES = 14;
export const CONTEXT_FEATURES = MOVE_FEATURES - SINGLE_POSITION_FEATURES;

/** The bucket of the move bias (feature 0). */
export function moveBias(mask: number): number {
  return f(0, 0, 0, 0, mask);
}

/** The bucket of the feature of word number w at `position` into out[at], if it has one; the next free index. */
export function positionWordBuckets(position: number, w: number, mask: number, out: Int32Array, at: number): number {
  if (WORD_TEMPLATE[position] >= 0) out[at++] = f(WORD_TEMPLATE[position], w, 0, 0, mask);
  return at;
}

/** As positionWordBuckets, of tag number t. */
export function positionTagBuckets(position: number, t: number, mask: number, out: Int32Array, at: number): number {
  out[at++] = f(TAG_TEMPLATE[position], t, 0, 0, mask);
  return at;
}

/** As positionWordBuckets, of word w with tag t. */
export function positionPairBuckets(position: number, w: number, t: number, mask: number, out: Int32Array, at: number): number {
  if (PAIR_TEMPLATE[position] >= 0) out[at++] = f(PAIR_TEMPLATE[position], w, t, 0, mask);
  return at;
}

function positionBuckets(position: number, w: number, t: number, mask: number, out: Int32Array, at: number): number {
  at = positionWordBuckets(position, w, mask, out, at);
  at = positionTagBuckets(position, t, mask, out, at);
  return positionPairBuckets(position, w, t, mask, out, at);
}

/** The buckets of the move features of state s, into out[0, MOVE_FEATURES). */
export function moveBuckets(s: ArcHybrid, x: ParseAtoms, mask: number, out: Int32Array): Int32Array {
  out[0] = moveBias(mask);
  let k = 1;
  k = positionBuckets(S0, wordAt(x, s.s(0)), tagAt(x, s.s(0)), mask, out, k);
  k = positionBuckets(S1, wordAt(x, s.s(1)), tagAt(x, s.s(1)), mask, out, k);
  k = positionBuckets(B0, wordAt(x, s.buf(0)), tagAt(x, s.buf(0)), mask, out, k);
  k = positionBuckets(B1, wordAt(x, s.buf(1)), tagAt(x, s.buf(1)), mask, out, k);
  k = positionBuckets(B2, wordAt(x, s.buf(2)), tagAt(x, s.buf(2)), mask, out, k);
  k = positionBuckets(S2, wordAt(x, s.s(2)), tagAt(x, s.s(2)), mask, out, k);
  moveContextBuckets(s, x, mask, out, k);
  return out;
}

/** The buckets of move features 14–43 of state s (those that read two or more positions), into out[at, at + CONTEXT_FEATURES). */
export function moveContextBuckets(s: ArcHybrid, x: ParseAtoms, mask: number, out: Int32Array, at = 0): Int32Array {
  const s0 = s.s(0);
  const s1 = s.s(1);
  const s2 = s.s(2);
  const b0 = s.buf(0);
  const b1 = s.buf(1);
  const b2 = s.buf(2);
  const s0w = wordAt(x, s0), s0t = tagAt(x, s0), s1w = wordAt(x, s1), s1t = tagAt(x, s1), b0w = wordAt(x, b0), b0t = tagAt(x, b0);
  const b1t = tagAt(x, b1);
  const s0l = s0 < 0 ? -1 : s.leftmost[s0];
  const s0r = s0 < 0 ? -1 : s.rightmost[s0];
  const s1l = s1 < 0 ? -1 : s.leftmost[s1];
  const s1r = s1 < 0 ? -1 : s.rightmost[s1];
  const b0l = b0 < 0 ? -1 : s.leftmost[b0];
  const dist = s0 >= 0 && b0 >= 0 ? distance(b0 - s0) : 0;
  let k = at;
  out[k++] = f(14, s0w, b0w, 0, mask);
  out[k++] = f(15, s0t, b0t, 0, mask);
  out[k++] = f(16, s0w, b0t, 0, mask);
  out[k++] = f(17, s0t, b0w, 0, mask);
  out[k++] = f(18, s1t, s0t, b0t, mask);
  out[k++] = f(19, s0t, b0t, b1t, mask);
  out[k++] = f(20, b0t, b1t, tagAt(x, b2), mask);
  out[k++] = f(21, tagAt(x, s2), s1t, s0t, mask);
  out[k++] = f(22, s1w, s0w, 0, mask);
  out[k++] = f(23, s1t, s0w, 0, mask);
  out[k++] = f(24, s0t, tagAt(x, s0l), tagAt(x, s0r), mask);
  out[k++] = f(25, s0t, tagAt(x, s0l), b0t, mask);
  out[k++] = f(26, s1t, tagAt(x, s1r), s0t, mask);
  out[k++] = f(27, b0t, tagAt(x, b0l), s0t, mask);
  out[k++] = f(28, dist, s0t, b0t, mask);
  out[k++] = f(29, dist, s0w, b0t, mask);
  out[k++] = f(30, s0t, labelAt(s, s0l), labelAt(s, s0r), mask);
  out[k++] = f(31, b0t, labelAt(s, b0l), s0 < 0 ? NONE : s.leftCount[s0] * 8 + s.rightCount[s0], mask);
  out[k++] = f(32, s1t, labelAt(s, s1l), labelAt(s, s1r), mask);
  out[k++] = f(33, s0w, b0w, b0t, mask);
  out[k++] = f(34, s0t, s1w, 0, mask);
  out[k++] = f(35, s1w, b0w, 0, mask);
  out[k++] = f(36, s1t, b0t, 0, mask);
  out[k++] = f(37, b0w, b1t, 0, mask);
  out[k++] = f(38, b0t, wordAt(x, b1), 0, mask);
  out[k++] = f(39, wordAt(x, s0l), s0t, 0, mask);
  out[k++] = f(40, wordAt(x, s0r), s0t, 0, mask);
  out[k++] = f(41, wordAt(x, b0l), b0t, 0, mask);
  out[k++] = f(42, dist, b0w, 0, mask);
  out[k++] = f(43, s0t, b0t, s0 < 0 ? NONE : s.leftCount[s0] * 8 + s.rightCount[s0], mask);
  return out;
}

export const LABEL_FEATURES = 18;

/** The buckets of the label features of the arc head → dep, into out[0, LABEL_FEATURES). */
export function labelBuckets(s: ArcHybrid, x: ParseAtoms, head: number, dep: number, mask: number, out: Int32Array): Int32Array {
  const W = x.words;
  const T = x.tags;
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
  out[k++] = f(109, dir, wordAt(x, dl), dt, mask);
  out[k++] = f(110, dir, tagAt(x, dl), ht, mask);
  out[k++] = f(111, dir, wordAt(x, hl), ht, mask);
  out[k++] = f(112, dir, dist, ht * 31 + dt, mask);
  out[k++] = f(113, dir, tagAt(x, dr), dt, mask);
  out[k++] = f(114, dir, wordAt(x, dl), ht, mask);
  out[k++] = f(115, dir, tagAt(x, dep - 1), dt, mask);
  out[k++] = f(116, dir, tagAt(x, dep + 1 <= s.n ? dep + 1 : -1), dt, mask);
  out[k++] = f(117, dir, wordAt(x, hl), dt, mask);
  return out;
}
