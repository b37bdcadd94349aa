// An averaged perceptron over hashed string features: the one learning mechanism of newsx, shared
// by the part-of-speech tagger, the entity recogniser and the event recogniser.
//
// Features are hashed into 2^bits buckets (no feature dictionary), so a trained model is a
// single weight table that loads as typed-array views of the file: no parse, no Map.

import fs from 'node:fs';
import { isLongRun } from './long-run.js';

/** The file format: the table's non-zero weights (see SlotTable). NXP1, every weight of a kept
 *  bucket's row, is still read. */
const MAGIC = 'NXP2';
const MAGIC_DENSE = 'NXP1';

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

  /** The current weights, bucket-major (weights[bucket * classes + class]): for other file formats. */
  get weightTable(): Float32Array {
    return this.weights;
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
   * Model file (writeModelFile): an open-addressing table of the non-zero buckets and their
   * Int16-quantised weights. Only buckets with a weight above `prune` (relative to the largest)
   * are kept, which makes files small.
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
    writeModelFile(file, { classes: [...this.classes], bits: this.bits, scale, size }, keys, sparseRows(keys, rowOf, rows, n));
  }
}

/** The slot hash of every open-addressing table: the model tables here and the parser's row caches. */
export function mix(b: number): number {
  return Math.imul(b ^ (b >>> 16), 0x45d9f3b) >>> 0;
}

/**
 * A table for scoring, as the model file stores it: open-addressing keys (Int32, -1 empty: a few
 * hundred kB that stay in cache, so probing is cheap also for the many features a model does not
 * have), and of each slot only its non-zero weights: entries[starts[slot], starts[slot + 1]),
 * each `weight << 8 | column` (weights are Int16, columns below 256), by column. Most weights of
 * a kept bucket are 0 (84% of the entity recogniser's, 89% of the tagger's): stored densely, as
 * NXP1 did, the shipped models were 14.6 MB that every cold start read and paged in, against
 * 7 MB now, and a feature's sums cost a loop over every class. `stride`: the classes of a row
 * (a joint file, joinModelFiles, holds several models over the same hashed features, each row
 * their weights side by side, each model's classes from its first column).
 */
interface SlotTable {
  keys: Int32Array;
  starts: Int32Array;
  entries: Int32Array;
  stride: number;
  /** Scratch: the entry bounds found by the first phase of a probe (see probeRows), two per bucket found. */
  found: Int32Array;
  /**
   * keys and starts interleaved (pairs[2 * slot] the key, pairs[2 * slot + 1] its start, the
   * last start after the last slot), made once the table has probed as many buckets as half its
   * slots (a pass over the slots then costs little against the probes made; the seed article
   * probes under a quarter of that), or at the first probe of a batch (isLongRun): a bucket found then costs a read of its slot and the next
   * one's start, most often one cache line, instead of a read in each array.
   */
  pairs: Int32Array | null;
  probes: number;
}

function pairsOf(t: SlotTable): Int32Array {
  const { keys, starts } = t;
  const size = keys.length;
  const pairs = new Int32Array(2 * size + 2);
  for (let slot = 0; slot < size; slot++) {
    pairs[2 * slot] = keys[slot];
    pairs[2 * slot + 1] = starts[slot];
  }
  pairs[2 * size] = -1;
  pairs[2 * size + 1] = starts[size];
  return pairs;
}

/**
 * Finds the rows of buckets[from, to) in two phases: every bucket's slot first (independent loads
 * the CPU overlaps: the tables are megabytes, so each probe is likely a cache miss); the bounds of
 * the entries of each bucket found go to t.found (found[2k], found[2k + 1]), and their number is
 * returned.
 */
function probeRows(t: SlotTable, buckets: Int32Array, from: number, to: number): number {
  let found = t.found;
  if (found.length < 2 * (to - from)) found = t.found = new Int32Array((to - from) * 4);
  const pairs = t.pairs;
  if (pairs) return probePairs(pairs, found, buckets, from, to);
  if ((t.probes += to - from) >= t.keys.length >> 1 || isLongRun()) t.pairs = pairsOf(t);
  const { keys, starts } = t;
  const slotMask = keys.length - 1;
  let m = 0;
  for (let i = from; i < to; i++) {
    const b = buckets[i];
    let slot = mix(b) & slotMask;
    let key = keys[slot];
    while (key !== -1 && key !== b) {
      slot = (slot + 1) & slotMask;
      key = keys[slot];
    }
    if (key !== -1) {
      found[2 * m] = starts[slot];
      found[2 * m + 1] = starts[slot + 1];
      m++;
    }
  }
  return m;
}

function probePairs(pairs: Int32Array, found: Int32Array, buckets: Int32Array, from: number, to: number): number {
  const slotMask = ((pairs.length - 2) >> 1) - 1;
  let m = 0;
  for (let i = from; i < to; i++) {
    const b = buckets[i];
    let slot = mix(b) & slotMask;
    let key = pairs[2 * slot];
    while (key !== -1 && key !== b) {
      slot = (slot + 1) & slotMask;
      key = pairs[2 * slot];
    }
    if (key !== -1) {
      found[2 * m] = pairs[2 * slot + 1];
      found[2 * m + 1] = pairs[2 * slot + 3];
      m++;
    }
  }
  return m;
}

/** Dense rows (rowOf[slot] * stride, as NXP1 and training hold them) to a slot's entries. */
function sparseRows(keys: Int32Array, rowOf: Int32Array, rows: Int16Array, stride: number): { starts: Int32Array; entries: Int32Array } {
  if (stride > 256) throw new Error(`a model table of ${stride} classes: at most 256`);
  let n = 0;
  for (let slot = 0; slot < keys.length; slot++) {
    if (keys[slot] === -1) continue;
    const base = rowOf[slot] * stride;
    for (let c = 0; c < stride; c++) if (rows[base + c] !== 0) n++;
  }
  const starts = new Int32Array(keys.length + 1);
  const entries = new Int32Array(n);
  n = 0;
  for (let slot = 0; slot < keys.length; slot++) {
    starts[slot] = n;
    if (keys[slot] === -1) continue;
    const base = rowOf[slot] * stride;
    for (let c = 0; c < stride; c++) if (rows[base + c] !== 0) entries[n++] = (rows[base + c] << 8) | c;
  }
  starts[keys.length] = n;
  return { starts, entries };
}

/** A model file's parts: its table and each model's classes, scale and first column in the rows. */
function readModelFile(file: string): { bits: number; t: SlotTable; models: { classes: string[]; scale: number; column: number }[] } {
  const buf = fs.readFileSync(file);
  const magic = buf.toString('latin1', 0, 4);
  if (magic !== MAGIC && magic !== MAGIC_DENSE) throw new Error(`${file}: not a newsx model`);
  const len = buf.readUInt32LE(4);
  const header = JSON.parse(buf.toString('utf8', 8, 8 + len)) as ModelHeader;
  const parts = header.models ?? [{ classes: header.classes!, scale: header.scale! }];
  let stride = 0;
  const models = parts.map((m) => {
    const column = stride;
    stride += m.classes.length;
    return { classes: m.classes, scale: m.scale, column };
  });
  // readFileSync gives a Buffer that may sit at any offset of a shared pool: copied only when
  // the typed-array views would be misaligned.
  let bytes: Uint8Array = buf.subarray(8 + len);
  if (bytes.byteOffset % 4 !== 0) bytes = Uint8Array.from(bytes);
  const keys = new Int32Array(bytes.buffer, bytes.byteOffset, header.size);
  let starts: Int32Array;
  let entries: Int32Array;
  if (magic === MAGIC) {
    starts = new Int32Array(bytes.buffer, bytes.byteOffset + header.size * 4, header.size + 1);
    entries = new Int32Array(bytes.buffer, bytes.byteOffset + header.size * 8 + 4, header.entries!);
  } else {
    const rowOf = new Int32Array(bytes.buffer, bytes.byteOffset + header.size * 4, header.size);
    const rows = new Int16Array(bytes.buffer, bytes.byteOffset + header.size * 8, header.rows! * stride);
    ({ starts, entries } = sparseRows(keys, rowOf, rows, stride));
  }
  return { bits: header.bits, t: { keys, starts, entries, stride, found: new Int32Array(128), pairs: null, probes: 0 }, models };
}

/**
 * A trained model as loaded from its file: typed-array views of the file, nothing built or parsed
 * but the header. Models loaded from one joint file share its table, each reading its own columns.
 */
export class FrozenPerceptron {
  readonly classes: readonly string[];
  readonly bits: number;
  private readonly mask: number;
  private readonly scale: number;
  private readonly t: SlotTable;
  /** This model's first column in the table's rows. */
  private readonly column: number;
  private readonly sum: Int32Array;
  /** Whether this model has every column of the table (a file of its own). */
  private readonly whole: boolean;

  private constructor(classes: readonly string[], bits: number, scale: number, t: SlotTable, column: number) {
    this.classes = classes;
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.scale = scale;
    this.t = t;
    this.column = column;
    this.whole = column === 0 && classes.length === t.stride;
    this.sum = new Int32Array(classes.length);
  }

  static load(file: string): FrozenPerceptron {
    const models = FrozenPerceptron.loadAll(file);
    if (models.length !== 1) throw new Error(`${file}: holds ${models.length} models, not one`);
    return models[0];
  }

  /** The models of a file: one, or those of a joint file (joinModelFiles) in their order. */
  static loadAll(file: string): FrozenPerceptron[] {
    const { bits, t, models } = readModelFile(file);
    return models.map((m) => new FrozenPerceptron(m.classes, bits, m.scale, t, m.column));
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
    const t = this.t;
    const m = probeRows(t, buckets, from, to);
    const { found, entries } = t;
    if (this.whole) {
      for (let k = 0; k < m; k++) {
        for (let e = found[2 * k], end = found[2 * k + 1]; e < end; e++) {
          const x = entries[e];
          sum[at + (x & 0xff)] += x >> 8;
        }
      }
      return;
    }
    // one model of a joint table: its columns only
    const n = this.classes.length;
    const column = this.column;
    for (let k = 0; k < m; k++) {
      for (let e = found[2 * k], end = found[2 * k + 1]; e < end; e++) {
        const x = entries[e];
        const c = (x & 0xff) - column;
        if (c >= 0 && c < n) sum[at + c] += x >> 8;
      }
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

  /**
   * Models that fill one joint table, in its column order, scored together: one probe per
   * feature gives the sums of all of them side by side (classes of the first, then of the next).
   * Null when they are not such models (separate files, training).
   */
  static joint(models: readonly unknown[]): JointScorer | null {
    const first = models[0];
    if (!(first instanceof FrozenPerceptron)) return null;
    let width = 0;
    for (const m of models) {
      if (!(m instanceof FrozenPerceptron) || m.t !== first.t || m.column !== width) return null;
      width += m.classes.length;
    }
    return width === first.t.stride ? new JointScorer(first.t) : null;
  }
}

/** See FrozenPerceptron.joint. */
export class JointScorer {
  readonly width: number;
  constructor(private readonly t: SlotTable) {
    this.width = t.stride;
  }

  /** Adds the rows of buckets[from, to), every model's columns, into sum[at, at + width). */
  addInto(buckets: Int32Array, from: number, to: number, sum: Int32Array | Float64Array, at = 0): void {
    const t = this.t;
    const m = probeRows(t, buckets, from, to);
    const { found, entries } = t;
    for (let k = 0; k < m; k++) {
      for (let e = found[2 * k], end = found[2 * k + 1]; e < end; e++) {
        const x = entries[e];
        sum[at + (x & 0xff)] += x >> 8;
      }
    }
  }
}

/**
 * Writes the models of `files` (all hashed with the same bits) into one joint file: one key per
 * bucket any of them has, each row their quantised weights side by side (zeros where a model does
 * not have the bucket), each model keeping its scale. Loaded with loadAll, the models score
 * exactly as they did from their own files, and models run together probe once per feature.
 */
export function joinModelFiles(files: readonly string[], out: string): void {
  const parts = files.map(readModelFile);
  const bits = parts[0].bits;
  if (parts.some((p) => p.bits !== bits)) throw new Error(`${out}: the models are hashed with different bits`);
  const models = parts.flatMap((p) => p.models.map((m) => ({ ...m, t: p.t })));
  const stride = models.reduce((a, m) => a + m.classes.length, 0);
  // Every bucket of every table, in ascending order (the file is the same whatever the tables' order).
  const buckets = [...new Set(parts.flatMap((p) => Array.from(p.t.keys).filter((k) => k !== -1)))].sort((a, b) => a - b);
  let size = 1;
  while (size < buckets.length * 1.5) size <<= 1;
  const keys = new Int32Array(size).fill(-1);
  const rowOf = new Int32Array(size);
  const rows = new Int16Array(buckets.length * stride);
  const one = new Int32Array(1);
  buckets.forEach((b, r) => {
    let slot = mix(b) & (size - 1);
    while (keys[slot] !== -1) slot = (slot + 1) & (size - 1);
    keys[slot] = b;
    rowOf[slot] = r;
    let column = 0;
    for (const m of models) {
      one[0] = b;
      if (probeRows(m.t, one, 0, 1) === 1) {
        for (let e = m.t.found[0]; e < m.t.found[1]; e++) {
          const x = m.t.entries[e];
          const c = (x & 0xff) - m.column;
          if (c >= 0 && c < m.classes.length) rows[r * stride + column + c] = x >> 8;
        }
      }
      column += m.classes.length;
    }
  });
  writeModelFile(out, { bits, size, models: models.map((m) => ({ classes: m.classes, scale: m.scale })) }, keys, sparseRows(keys, rowOf, rows, stride));
}

/**
 * Rewrites a model file in the current format (NXP2), the same models with the same weights: for
 * files written before it (scripts/convert-models.ts).
 */
export function convertModelFile(file: string, out = file): void {
  const { bits, t, models } = readModelFile(file);
  const header: ModelHeader =
    models.length === 1 ? { classes: models[0].classes, bits, scale: models[0].scale, size: t.keys.length } : { bits, size: t.keys.length, models: models.map((m) => ({ classes: m.classes, scale: m.scale })) };
  writeModelFile(out, header, t.keys, t);
}

/** MAGIC, header length, JSON header padded to 8 bytes, then the table (SlotTable): keys, starts, entries. */
function writeModelFile(file: string, table: ModelHeader, keys: Int32Array, { starts, entries }: { starts: Int32Array; entries: Int32Array }): void {
  const header: ModelHeader = { ...table, entries: entries.length };
  const json = Buffer.from(JSON.stringify(header));
  const pad = (8 - ((8 + json.length) % 8)) % 8;
  const lead = Buffer.alloc(8);
  lead.write(MAGIC, 0, 'latin1');
  lead.writeUInt32LE(json.length + pad, 4);
  fs.writeFileSync(file, Buffer.concat([lead, json, Buffer.alloc(pad, 0x20), Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength), Buffer.from(starts.buffer, starts.byteOffset, starts.byteLength), Buffer.from(entries.buffer, entries.byteOffset, entries.byteLength)]));
}

interface ModelHeader {
  bits: number;
  size: number;
  /** NXP2: the table's non-zero weights. */
  entries?: number;
  /** NXP1: the dense rows. */
  rows?: number;
  /** A file of one model: its classes and quantisation scale. */
  classes?: string[];
  scale?: number;
  /** A joint file: its models in column order. */
  models?: { classes: string[]; scale: number }[];
}

/** What taggers need of a model, trained or loaded. */
export type Scorer = Pick<FrozenPerceptron, 'classes' | 'bits' | 'buckets' | 'scores' | 'predict'>;
