// The parser's weight tables as their files store them: only the weights that matter, in one
// compact array, so that a load is one read and typed-array views (no decode) and a score touches
// little memory.
//
// A trained table has 2^bits buckets (hashed features) of one weight per class; most buckets'
// weights are near zero after averaging, and of the label model's buckets kept, 86% of the
// weights are 0. Kept are the buckets with a weight above a share of the largest (`prune`), and of
// those only the non-zero weights, quantised to Int8, each as one Int16 entry
//   weight << 8 | low << C | class      (C bits of class, low: the bucket's last L = 8 - C bits)
// grouped by the bucket's other bits (group = bucket >>> L): group g's entries are
// entries[start[g], start[g + 1]), a few adjacent Int16s, so a feature costs two reads (start,
// fits in cache; then its group) and its weights come with it. The format of the tagger and
// recogniser (src/model/perceptron.ts: every class of a kept bucket, Int32 keys, Int16 rows)
// held the parser in 6.5 MB; this holds the same buckets in 1.5 MB.

import fs from 'node:fs';

const MAGIC = 'NXG1';

interface Header {
  classes: string[];
  bits: number;
  /** L: bits of the bucket in an entry (L + C <= 8). */
  low: number;
  scale: number;
  entries: number;
}

/** Tables of at most this many bits get a start per bucket (4 bytes each); larger ones a bit per bucket. */
const BUCKET_START_BITS = 18;

/** Bits of class in an entry: enough for every class. */
function classBits(classes: number): number {
  let c = 0;
  while (1 << c < classes) c++;
  return c;
}

/** Weights of hashed features: bucket-major tables trained by Perceptron, pruned and quantised. */
export class ParserTable {
  readonly classes: readonly string[];
  readonly bits: number;
  /** Integer sums times scale are scores. */
  readonly scale: number;
  private readonly low: number;
  private readonly classMask: number;
  private readonly classBits: number;
  private readonly start: Int32Array;
  private readonly entries: Int16Array;
  /** Scratch of addInto: the bounds of each feature's group. */
  private bounds = new Int32Array(128);
  /** Index of a table of few buckets (the labels'): bucket b's entries are entries[bucketStart[b], bucketStart[b + 1]). */
  private bucketStart: Int32Array | null = null;
  /**
   * Index of a table of many buckets (the moves' 2^21): heads[2g] group g's first entry,
   * heads[2g + 1] a bit per bucket of the group that has entries, so a feature without weights
   * (about half of the move features) reads nothing more.
   */
  private heads: Int32Array | null = null;

  constructor(classes: readonly string[], bits: number, low: number, scale: number, start: Int32Array, entries: Int16Array) {
    this.classes = classes;
    this.bits = bits;
    this.scale = scale;
    this.low = low;
    this.classBits = classBits(classes.length);
    this.classMask = (1 << this.classBits) - 1;
    this.start = start;
    this.entries = entries;
  }

  /**
   * Keeps the buckets that have a weight above `prune` times the largest, with all their weights
   * (quantised to Int8; those that round to 0 are left out), in groups of 2^low buckets (fewer:
   * more groups, a larger start table, shorter scans).
   */
  static save(file: string, classes: readonly string[], bits: number, weights: Float32Array, prune: number, low: number): void {
    const n = classes.length;
    const c = classBits(n);
    if (low + c > 8) throw new Error(`a parser table of ${n} classes has at most ${8 - c} bits of bucket per entry`);
    let max = 0;
    for (let k = 0; k < weights.length; k++) max = Math.max(max, Math.abs(weights[k]));
    const scale = max > 0 ? max / 127 : 1;
    const floor = prune * max;
    const groups = 1 << (bits - low);
    const start = new Int32Array(groups + 1);
    const entries: number[] = [];
    for (let g = 0; g < groups; g++) {
      start[g] = entries.length;
      for (let b = g << low; b < (g + 1) << low; b++) {
        let kept = false;
        for (let k = 0; k < n && !kept; k++) kept = Math.abs(weights[b * n + k]) > floor;
        if (!kept) continue;
        for (let k = 0; k < n; k++) {
          const q = Math.round(weights[b * n + k] / scale);
          if (q !== 0) entries.push((q << 8) | ((b & ((1 << low) - 1)) << c) | k);
        }
      }
    }
    start[groups] = entries.length;
    const json = Buffer.from(JSON.stringify({ classes: [...classes], bits, low, scale, entries: entries.length } satisfies Header));
    const pad = (8 - ((8 + json.length) % 8)) % 8;
    const lead = Buffer.alloc(8);
    lead.write(MAGIC, 0, 'latin1');
    lead.writeUInt32LE(json.length + pad, 4);
    const body = Int16Array.from(entries);
    fs.writeFileSync(file, Buffer.concat([lead, json, Buffer.alloc(pad, 0x20), Buffer.from(start.buffer), Buffer.from(body.buffer)]));
  }

  static load(file: string): ParserTable {
    const buf = fs.readFileSync(file);
    if (buf.toString('latin1', 0, 4) !== MAGIC) throw new Error(`${file}: not a newsx parser table`);
    const len = buf.readUInt32LE(4);
    const h = JSON.parse(buf.toString('utf8', 8, 8 + len)) as Header;
    // A Buffer may sit at any offset of a shared pool: copied only when the views would be misaligned.
    let bytes: Uint8Array = buf.subarray(8 + len);
    if (bytes.byteOffset % 4 !== 0) bytes = Uint8Array.from(bytes);
    const groups = 1 << (h.bits - h.low);
    const start = new Int32Array(bytes.buffer, bytes.byteOffset, groups + 1);
    const entries = new Int16Array(bytes.buffer, bytes.byteOffset + (groups + 1) * 4, h.entries);
    return new ParserTable(h.classes, h.bits, h.low, h.scale, start, entries);
  }

  /**
   * Builds the table's index (see bucketStart, heads) from its entries, once; addInto reads
   * through it, to the same entries. It costs a few milliseconds, more than it saves on one
   * article: the parser builds it once a run is long (parser.ts).
   */
  index(): void {
    if (this.bucketStart || this.heads) return;
    const { start, entries, low } = this;
    const shift = this.classBits;
    const lowMask = (1 << low) - 1;
    const groups = start.length - 1;
    if (this.bits <= BUCKET_START_BITS) {
      const buckets = 1 << this.bits;
      const bs = new Int32Array(buckets + 1);
      // A group's entries are in bucket order, and the groups in order: one walk over the entries.
      let e = 0;
      for (let b = 0; b < buckets; b++) {
        bs[b] = e;
        const want = b & lowMask;
        const end = start[(b >>> low) + 1];
        while (e < end && (entries[e] & 255) >>> shift === want) e++;
      }
      bs[buckets] = e;
      this.bucketStart = bs;
    } else if (low <= 5) {
      const heads = new Int32Array(2 * groups + 2);
      for (let g = 0; g < groups; g++) {
        let present = 0;
        for (let e = start[g], end = start[g + 1]; e < end; e++) present |= 1 << ((entries[e] & 255) >>> shift);
        heads[2 * g] = start[g];
        heads[2 * g + 1] = present;
      }
      heads[2 * groups] = start[groups];
      this.heads = heads;
    }
  }

  /** Adds the integer weights of buckets[from, to) into sum[at, at + classes). */
  addInto(buckets: Int32Array, from: number, to: number, sum: Int32Array | Float64Array, at = 0): void {
    if (this.bucketStart) return this.addByBucket(this.bucketStart, buckets, from, to, sum, at);
    if (this.heads) return this.addByGroup(this.heads, buckets, from, to, sum, at);
    this.addScanning(buckets, from, to, sum, at);
  }

  private scratch(features: number): Int32Array {
    if (this.bounds.length < 3 * features) this.bounds = new Int32Array(6 * features);
    return this.bounds;
  }

  private addByBucket(bs: Int32Array, buckets: Int32Array, from: number, to: number, sum: Int32Array | Float64Array, at: number): void {
    const { entries, classMask } = this;
    const bounds = this.scratch(to - from);
    // Every feature's bounds first (independent loads the CPU overlaps), then its entries.
    for (let i = from, k = 0; i < to; i++, k += 2) {
      const b = buckets[i];
      bounds[k] = bs[b];
      bounds[k + 1] = bs[b + 1];
    }
    for (let k = 0; k < 2 * (to - from); k += 2) {
      for (let e = bounds[k], end = bounds[k + 1]; e < end; e++) {
        const x = entries[e];
        sum[at + (x & classMask)] += x >> 8;
      }
    }
  }

  private addByGroup(heads: Int32Array, buckets: Int32Array, from: number, to: number, sum: Int32Array | Float64Array, at: number): void {
    const { entries, low, classMask } = this;
    const shift = this.classBits;
    const lowMask = (1 << low) - 1;
    const bounds = this.scratch(to - from);
    let m = 0;
    for (let i = from; i < to; i++) {
      const b = buckets[i];
      const g = b >>> low;
      const want = b & lowMask;
      if (((heads[2 * g + 1] >>> want) & 1) === 0) continue;
      bounds[m] = heads[2 * g];
      bounds[m + 1] = heads[2 * g + 2];
      bounds[m + 2] = want;
      m += 3;
    }
    for (let k = 0; k < m; k += 3) {
      const want = bounds[k + 2];
      for (let e = bounds[k], end = bounds[k + 1]; e < end; e++) {
        const x = entries[e];
        const got = (x & 255) >>> shift;
        if (got === want) sum[at + (x & classMask)] += x >> 8;
        else if (got > want) break;
      }
    }
  }

  private addScanning(buckets: Int32Array, from: number, to: number, sum: Int32Array | Float64Array, at: number): void {
    const { start, entries, low, classMask } = this;
    const shift = this.classBits;
    const lowMask = (1 << low) - 1;
    // Two passes: every feature's group bounds first (independent loads the CPU overlaps), then
    // the scans.
    const bounds = this.scratch(to - from);
    for (let i = from, k = 0; i < to; i++, k += 2) {
      const g = buckets[i] >>> low;
      bounds[k] = start[g];
      bounds[k + 1] = start[g + 1];
    }
    for (let i = from, k = 0; i < to; i++, k += 2) {
      const want = buckets[i] & lowMask;
      // A group's entries are in bucket order: the scan stops past the bucket.
      for (let e = bounds[k], end = bounds[k + 1]; e < end; e++) {
        const x = entries[e];
        const got = (x & 255) >>> shift;
        if (got === want) sum[at + (x & classMask)] += x >> 8;
        else if (got > want) break;
      }
    }
  }

  newSums(length: number): Int32Array | Float64Array {
    return new Int32Array(length);
  }
}
