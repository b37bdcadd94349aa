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

  /** Adds the integer weights of buckets[from, to) into sum[at, at + classes). */
  addInto(buckets: Int32Array, from: number, to: number, sum: Int32Array | Float64Array, at = 0): void {
    const { start, entries, low, classMask } = this;
    const shift = this.classBits;
    const lowMask = (1 << low) - 1;
    // Two passes: every feature's group bounds first (independent loads the CPU overlaps), then
    // the scans.
    let bounds = this.bounds;
    if (bounds.length < 2 * (to - from)) bounds = this.bounds = new Int32Array(4 * (to - from));
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
