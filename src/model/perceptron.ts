// An averaged perceptron over hashed string features: the one learning mechanism of newsx, shared
// by the part-of-speech tagger, the entity recogniser and the event recogniser.
//
// Features are hashed into 2^bits buckets (no feature dictionary), so a trained model is a
// single Int16 weight table that loads as a typed-array view of the file: no parse, no Map.

import fs from 'node:fs';

const MAGIC = 'NXP1';

/** The best-scoring class, among the allowed ones when a filter is given. */
function argmax(s: Float32Array, allowed?: (c: number) => boolean): number {
  let best = -1;
  for (let c = 0; c < s.length; c++) {
    if (allowed && !allowed(c)) continue;
    if (best < 0 || s[c] > s[best]) best = c;
  }
  return best;
}

/** FNV-1a over UTF-16 code units; stable across runs and platforms. */
export function hashFeature(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The same hash continued over s[from, to), so a feature can be hashed in parts without building
 * its string: hashMore(hashMore(FNV_START, 'w='), word) & mask is the bucket of 'w=' + word.
 */
export function hashMore(h: number, s: string, from = 0, to = s.length): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

export const FNV_START = 0x811c9dc5;

export class Perceptron {
  readonly classes: readonly string[];
  readonly bits: number;
  private readonly mask: number;
  /** Current weights, bucket-major: weights[bucket * nClasses + class]. */
  private weights: Float32Array;
  // Training-only state for averaging (lazy timestamps).
  private totals: Float64Array | null = null;
  private stamps: Int32Array | null = null;
  private instances = 0;

  constructor(classes: readonly string[], bits = 20, weights?: Float32Array) {
    this.classes = classes;
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.weights = weights ?? new Float32Array((1 << bits) * classes.length);
  }

  /** Bucket indexes of feature strings, computed once per token and reused for score and update. */
  buckets(features: readonly string[]): Int32Array {
    const out = new Int32Array(features.length);
    for (let i = 0; i < features.length; i++) out[i] = hashFeature(features[i]) & this.mask;
    return out;
  }

  scores(buckets: Int32Array, out = new Float32Array(this.classes.length)): Float32Array {
    const n = this.classes.length;
    out.fill(0);
    const w = this.weights;
    for (let i = 0; i < buckets.length; i++) {
      const base = buckets[i] * n;
      for (let c = 0; c < n; c++) out[c] += w[base + c];
    }
    return out;
  }

  /** Adds the weights of buckets[from, to) into sum[at, at + classes): scores in parts, no copies. */
  addInto(buckets: Int32Array, from: number, to: number, sum: Int32Array | Float64Array, at = 0): void {
    const n = this.classes.length;
    const w = this.weights;
    for (let i = from; i < to; i++) {
      const base = buckets[i] * n;
      for (let c = 0; c < n; c++) sum[at + c] += w[base + c];
    }
  }

  /** A zeroed array of `length` sums for addInto (floats: the weights are floats while training). */
  newSums(length: number): Int32Array | Float64Array {
    return new Float64Array(length);
  }

  predict(buckets: Int32Array, allowed?: (c: number) => boolean): number {
    return argmax(this.scores(buckets), allowed);
  }

  /** One training step: reward the true class, penalise the guess. */
  update(truth: number, guess: number, buckets: Int32Array): void {
    this.instances++;
    if (truth === guess) return;
    if (!this.totals) {
      this.totals = new Float64Array(this.weights.length);
      this.stamps = new Int32Array(this.weights.length);
    }
    const n = this.classes.length;
    for (let i = 0; i < buckets.length; i++) {
      this.bump(buckets[i] * n + truth, 1);
      this.bump(buckets[i] * n + guess, -1);
    }
  }

  private bump(k: number, delta: number): void {
    const totals = this.totals!;
    const stamps = this.stamps!;
    totals[k] += (this.instances - stamps[k]) * this.weights[k];
    stamps[k] = this.instances;
    this.weights[k] += delta;
  }

  /** Replace the weights by their average over all training steps (call once, after training). */
  average(): void {
    if (!this.totals || !this.stamps) return;
    for (let k = 0; k < this.weights.length; k++) {
      const total = this.totals[k] + (this.instances - this.stamps[k]) * this.weights[k];
      this.weights[k] = total / Math.max(1, this.instances);
    }
    this.totals = null;
    this.stamps = null;
  }

  /**
   * Model file: MAGIC, header length, JSON header, then an open-addressing table of the non-zero
   * buckets (keys Int32, -1 empty) and their Int16-quantised weight rows. Only buckets with a
   * weight above `prune` (relative to the largest) are kept, which makes files small.
   */
  save(file: string, prune = 0.001): void {
    const n = this.classes.length;
    let max = 0;
    for (const v of this.weights) max = Math.max(max, Math.abs(v));
    const scale = max > 0 ? max / 32767 : 1;
    const kept: number[] = [];
    for (let b = 0; b < 1 << this.bits; b++) {
      for (let c = 0; c < n; c++) {
        if (Math.abs(this.weights[b * n + c]) > prune * max) {
          kept.push(b);
          break;
        }
      }
    }
    let size = 1;
    while (size < kept.length * 1.5) size <<= 1;
    const keys = new Int32Array(size).fill(-1);
    const rowOf = new Int32Array(size);
    const rows = new Int16Array(kept.length * n);
    kept.forEach((b, r) => {
      let slot = mix(b) & (size - 1);
      while (keys[slot] !== -1) slot = (slot + 1) & (size - 1);
      keys[slot] = b;
      rowOf[slot] = r;
      for (let c = 0; c < n; c++) rows[r * n + c] = Math.round(this.weights[b * n + c] / scale);
    });
    const header = Buffer.from(JSON.stringify({ classes: this.classes, bits: this.bits, scale, size, rows: kept.length }));
    const pad = (8 - ((8 + header.length) % 8)) % 8;
    const lead = Buffer.alloc(8);
    lead.write(MAGIC, 0, 'latin1');
    lead.writeUInt32LE(header.length + pad, 4);
    fs.writeFileSync(
      file,
      Buffer.concat([lead, header, Buffer.alloc(pad, 0x20), Buffer.from(keys.buffer), Buffer.from(rowOf.buffer), Buffer.from(rows.buffer)]),
    );
  }
}

function mix(b: number): number {
  return Math.imul(b ^ (b >>> 16), 0x45d9f3b) >>> 0;
}

/**
 * A table for scoring, as the model file stores it: open-addressing keys and the row of each slot
 * (two compact Int32 arrays, a few hundred kB, that stay in cache, so probing is cheap also for
 * the many features a model does not have) and the weight rows, dense (one memory access per
 * feature the model has). `stride`: int16 per row.
 */
interface SlotTable {
  keys: Int32Array;
  rowOf: Int32Array;
  rows: Int16Array;
  stride: number;
}

/**
 * A trained model as loaded from its file: typed-array views of the file, nothing built or parsed
 * but the header.
 */
export class FrozenPerceptron {
  readonly classes: readonly string[];
  readonly bits: number;
  private readonly mask: number;
  private readonly scale: number;
  private readonly t: SlotTable;
  private readonly sum: Int32Array;
  /** Scratch: row offsets found by addInto's first phase. */
  private found = new Int32Array(64);

  private constructor(header: ModelHeader, t: SlotTable) {
    this.classes = header.classes;
    this.bits = header.bits;
    this.mask = (1 << header.bits) - 1;
    this.scale = header.scale;
    this.t = t;
    this.sum = new Int32Array(header.classes.length);
  }

  static load(file: string): FrozenPerceptron {
    const buf = fs.readFileSync(file);
    if (buf.toString('latin1', 0, 4) !== MAGIC) throw new Error(`${file}: not a newsx model`);
    const len = buf.readUInt32LE(4);
    const header = JSON.parse(buf.toString('utf8', 8, 8 + len)) as ModelHeader;
    // readFileSync gives a Buffer that may sit at any offset of a shared pool: copied only when
    // the typed-array views would be misaligned.
    let bytes: Uint8Array = buf.subarray(8 + len);
    if (bytes.byteOffset % 4 !== 0) bytes = Uint8Array.from(bytes);
    const n = header.classes.length;
    const keys = new Int32Array(bytes.buffer, bytes.byteOffset, header.size);
    const rowOf = new Int32Array(bytes.buffer, bytes.byteOffset + header.size * 4, header.size);
    const rows = new Int16Array(bytes.buffer, bytes.byteOffset + header.size * 8, header.rows * n);
    return new FrozenPerceptron(header, { keys, rowOf, rows, stride: n });
  }

  buckets(features: readonly string[]): Int32Array {
    const out = new Int32Array(features.length);
    for (let i = 0; i < features.length; i++) out[i] = hashFeature(features[i]) & this.mask;
    return out;
  }

  /**
   * Adds the integer (quantised) weights of buckets[from, to) into sum[at, at + classes), one probe
   * per bucket; times weightScale they are scores, and their argmax is the scores' argmax.
   */
  addInto(buckets: Int32Array, from: number, to: number, sum: Int32Array | Float64Array, at = 0): void {
    const n = this.classes.length;
    const { keys, rowOf, rows: table, stride } = this.t;
    const slotMask = keys.length - 1;
    // Two phases: find every bucket's slot first (independent loads the CPU overlaps: the tables
    // are megabytes, so each probe is likely a cache miss), then add the rows the probes fetched.
    let found = this.found;
    if (found.length < to - from) found = this.found = new Int32Array((to - from) * 2);
    let m = 0;
    for (let i = from; i < to; i++) {
      const b = buckets[i];
      let slot = mix(b) & slotMask;
      let key = keys[slot];
      while (key !== -1 && key !== b) {
        slot = (slot + 1) & slotMask;
        key = keys[slot];
      }
      if (key !== -1) found[m++] = rowOf[slot] * stride;
    }
    for (let k = 0; k < m; k++) {
      const base = found[k];
      for (let c = 0; c < n; c++) sum[at + c] += table[base + c];
    }
  }

  newSums(length: number): Int32Array | Float64Array {
    return new Int32Array(length);
  }

  /** Integer sums to scores: the model's quantisation scale. */
  get weightScale(): number {
    return this.scale;
  }

  scores(buckets: Int32Array, out = new Float32Array(this.classes.length)): Float32Array {
    const n = this.classes.length;
    const sum = this.sum;
    sum.fill(0);
    this.addInto(buckets, 0, buckets.length, sum);
    for (let c = 0; c < n; c++) out[c] = sum[c] * this.scale;
    return out;
  }

  predict(buckets: Int32Array, allowed?: (c: number) => boolean): number {
    return argmax(this.scores(buckets), allowed);
  }
}

interface ModelHeader {
  classes: string[];
  bits: number;
  scale: number;
  size: number;
  rows: number;
}

/** What taggers need of a model, trained or loaded. */
export type Scorer = Pick<FrozenPerceptron, 'classes' | 'bits' | 'buckets' | 'scores' | 'predict'>;
