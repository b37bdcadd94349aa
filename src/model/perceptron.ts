// An averaged perceptron over hashed string features: the one learning mechanism of newsx, shared
// by the part-of-speech tagger, the entity recogniser and the event recogniser.
//
// Features are hashed into 2^bits buckets (no feature dictionary), so a trained model is a
// single Int16 weight table that loads as a typed-array view of the file: no parse, no Map.

import fs from 'node:fs';

const MAGIC = 'NXP1';

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
    const s = this.scores(buckets);
    let best = -1;
    for (let c = 0; c < s.length; c++) {
      if (allowed && !allowed(c)) continue;
      if (best < 0 || s[c] > s[best]) best = c;
    }
    return best;
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
 * A trained model as loaded from its file. The file's three arrays (keys, row of each slot, rows)
 * are regrouped at load into one table with each slot's key and weight row side by side
 * (`entry` int16 per slot: the key as two int16, then the row, padded to an even count), so a
 * feature costs one cache miss instead of three. Same slots, same probe order as the file, so the
 * scores are exactly those of the stored table; rebuilding costs a few ms per model.
 */
export class FrozenPerceptron {
  readonly classes: readonly string[];
  readonly bits: number;
  private readonly mask: number;
  private readonly scale: number;
  /** Slot count − 1 (a power of two). */
  private readonly slotMask: number;
  /** int16 per slot: 2 (key) + classes, rounded up to even so keys stay Int32-aligned. */
  private readonly entry: number;
  /** Keys by slot, Int32 view of `table` (stride entry / 2); -1 empty. */
  private readonly keys32: Int32Array;
  /** Weight rows by slot, Int16 view of the same memory (row of slot s at s * entry + 2). */
  private readonly table: Int16Array;
  private readonly sum: Int32Array;
  /** Scratch: row offsets found by addInto's first phase. */
  private found = new Int32Array(64);

  private constructor(header: ModelHeader, table: Int16Array, entry: number) {
    this.classes = header.classes;
    this.bits = header.bits;
    this.mask = (1 << header.bits) - 1;
    this.scale = header.scale;
    this.entry = entry;
    this.slotMask = table.length / entry - 1;
    this.table = table;
    this.keys32 = new Int32Array(table.buffer, table.byteOffset, table.length >> 1);
    this.sum = new Int32Array(header.classes.length);
  }

  /** The slot-interleaved table of a model file's keys, rows of slots and rows. */
  private static interleave(n: number, size: number, keys: Int32Array, rowOf: Int32Array, rows: Int16Array): { table: Int16Array; entry: number } {
    const entry = (2 + n + 1) & ~1;
    const buffer = new ArrayBuffer(size * entry * 2);
    const table = new Int16Array(buffer);
    const keys32 = new Int32Array(buffer);
    const half = entry >> 1;
    for (let s = 0; s < size; s++) {
      const key = keys[s];
      keys32[s * half] = key;
      if (key === -1) continue;
      const from = rowOf[s] * n;
      const to = s * entry + 2;
      for (let c = 0; c < n; c++) table[to + c] = rows[from + c];
    }
    return { table, entry };
  }

  /**
   * Two models hashed alike (same bits) that score the same features, merged: one model whose
   * classes are a's then b's, each bucket's two rows side by side, so a feature scored by both
   * costs one probe instead of two. Its integer sums (addInto) are exactly each model's own; its
   * scores are not meaningful (two scales). Cached per pair; builds in a few ms.
   */
  static pair(a: FrozenPerceptron, b: FrozenPerceptron): FrozenPerceptron | null {
    if (a.bits !== b.bits) return null;
    const hit = pairs.get(a);
    if (hit && hit.b === b) return hit.pair;
    const na = a.classes.length;
    const nb = b.classes.length;
    let size = 1;
    while (size < 1.25 * ((a.slotMask + 1) / 1.5 + (b.slotMask + 1) / 1.5)) size <<= 1;
    const entry = (2 + na + nb + 1) & ~1;
    const buffer = new ArrayBuffer(size * entry * 2);
    const table = new Int16Array(buffer);
    const keys32 = new Int32Array(buffer);
    const half = entry >> 1;
    const mask = size - 1;
    for (let s = 0; s < size; s++) keys32[s * half] = -1;
    for (const [m, at, n] of [[a, 2, na], [b, 2 + na, nb]] as const) {
      const mh = m.entry >> 1;
      for (let s = 0; s <= m.slotMask; s++) {
        const key = m.keys32[s * mh];
        if (key === -1) continue;
        let slot = mix(key) & mask;
        while (keys32[slot * half] !== -1 && keys32[slot * half] !== key) slot = (slot + 1) & mask;
        keys32[slot * half] = key;
        const from = s * m.entry + 2;
        const to = slot * entry + at;
        for (let c = 0; c < n; c++) table[to + c] = m.table[from + c];
      }
    }
    const pair = new FrozenPerceptron({ classes: [...a.classes, ...b.classes], bits: a.bits, scale: 1, size, rows: 0 }, table, entry);
    pairs.set(a, { b, pair });
    return pair;
  }

  static load(file: string): FrozenPerceptron {
    const buf = fs.readFileSync(file);
    if (buf.toString('latin1', 0, 4) !== MAGIC) throw new Error(`${file}: not a newsx model`);
    const len = buf.readUInt32LE(4);
    const header = JSON.parse(buf.toString('utf8', 8, 8 + len)) as ModelHeader;
    // readFileSync gives a Buffer that may sit at any offset of a shared pool: copied only when
    // the typed-array views would be misaligned (the table is rebuilt from them anyway).
    let bytes: Uint8Array = buf.subarray(8 + len);
    if (bytes.byteOffset % 4 !== 0) bytes = Uint8Array.from(bytes);
    const n = header.classes.length;
    const keys = new Int32Array(bytes.buffer, bytes.byteOffset, header.size);
    const rowOf = new Int32Array(bytes.buffer, bytes.byteOffset + header.size * 4, header.size);
    const rows = new Int16Array(bytes.buffer, bytes.byteOffset + header.size * 8, header.rows * n);
    const { table, entry } = FrozenPerceptron.interleave(n, header.size, keys, rowOf, rows);
    return new FrozenPerceptron(header, table, entry);
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
    const keys = this.keys32;
    const table = this.table;
    const entry = this.entry;
    const half = entry >> 1;
    const slotMask = this.slotMask;
    // Two phases: find every bucket's slot first (independent loads the CPU overlaps: the tables
    // are megabytes, so each probe is likely a cache miss), then add the rows the probes fetched.
    let found = this.found;
    if (found.length < to - from) found = this.found = new Int32Array((to - from) * 2);
    let m = 0;
    for (let i = from; i < to; i++) {
      const b = buckets[i];
      let slot = mix(b) & slotMask;
      let key = keys[slot * half];
      while (key !== -1 && key !== b) {
        slot = (slot + 1) & slotMask;
        key = keys[slot * half];
      }
      if (key !== -1) found[m++] = slot * entry + 2;
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
    const s = this.scores(buckets);
    let best = -1;
    for (let c = 0; c < s.length; c++) {
      if (allowed && !allowed(c)) continue;
      if (best < 0 || s[c] > s[best]) best = c;
    }
    return best;
  }
}

const pairs = new WeakMap<FrozenPerceptron, { b: FrozenPerceptron; pair: FrozenPerceptron }>();

interface ModelHeader {
  classes: string[];
  bits: number;
  scale: number;
  size: number;
  rows: number;
}

/** What taggers need of a model, trained or loaded. */
export type Scorer = Pick<FrozenPerceptron, 'classes' | 'bits' | 'buckets' | 'scores' | 'predict'>;
