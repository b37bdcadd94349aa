// The scores of the move features that read one position of the state alone (the bias and
// features 1–13 of parse-features.ts: the word, the tag, or both, of the stack's top three and the
// buffer's first three words), made per word and per tag number instead of per state.
//
// A state is scored on 44 features, each a few reads of the weight table that are likely cache
// misses; 14 of them read a single position, and a word is in each position only once or twice
// while its sentence is parsed, so those sums are made once per sentence and word (its word's
// and its tag's parts once per process: word forms repeat, tags are few), and a state adds six
// rows of 3 instead. Integer sums: a state's scores are exactly those of scoring every feature.

import { mix } from '../model/perceptron.js';
import type { ArcHybrid } from './arc-hybrid.js';
import type { ParserTable } from './parser-model.js';
import { B0, B1, B2, moveBias, NONE, POSITIONS, positionPairBuckets, positionTagBuckets, positionWordBuckets, S0, S1, S2, type ParseAtoms } from './parse-features.js';

/** Positions with a word feature of their own: S0, S1, B0, B1 (the first four). */
const WORD_POSITIONS = 4;

/**
 * Rows of integer sums per key (a word or tag number, any Int32), made by `fill` on the first
 * request; open addressing, grown as keys come (a short run allocates little). Emptied when
 * `limit` keys are held, so memory stays bounded.
 */
class KeyedRows {
  private keys = new Int32Array(256);
  private used = new Uint8Array(256);
  private index = new Int32Array(256);
  private count = 0;
  rows: Int32Array;

  constructor(
    private readonly width: number,
    private readonly limit: number,
    private readonly fill: (key: number, rows: Int32Array, at: number) => void,
  ) {
    this.rows = new Int32Array(128 * width);
  }

  /** Offset of the key's row in `rows` (read `rows` after the call: it may grow). */
  get(key: number): number {
    let mask = this.keys.length - 1;
    let slot = mix(key) & mask;
    while (this.used[slot] === 1) {
      if (this.keys[slot] === key) return this.index[slot] * this.width;
      slot = (slot + 1) & mask;
    }
    if (this.count >= this.limit) {
      this.used.fill(0);
      this.count = 0;
    } else if (2 * (this.count + 1) > this.keys.length) this.grow();
    mask = this.keys.length - 1;
    slot = mix(key) & mask;
    while (this.used[slot] === 1) slot = (slot + 1) & mask;
    if ((this.count + 1) * this.width > this.rows.length) {
      const rows = new Int32Array(Math.min(2 * this.rows.length, this.limit * this.width));
      rows.set(this.rows);
      this.rows = rows;
    }
    const at = this.count * this.width;
    this.keys[slot] = key;
    this.used[slot] = 1;
    this.index[slot] = this.count++;
    this.rows.fill(0, at, at + this.width);
    this.fill(key, this.rows, at);
    return at;
  }

  /** Twice the slots, the keys placed again. */
  private grow(): void {
    const { keys, used, index } = this;
    const size = 2 * keys.length;
    this.keys = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.index = new Int32Array(size);
    const mask = size - 1;
    for (let old = 0; old < keys.length; old++) {
      if (used[old] !== 1) continue;
      let slot = mix(keys[old]) & mask;
      while (this.used[slot] === 1) slot = (slot + 1) & mask;
      this.keys[slot] = keys[old];
      this.used[slot] = 1;
      this.index[slot] = index[old];
    }
  }
}

const WORD_LIMIT = 50_000;
const TAG_LIMIT = 1_024;

/** The single-position sums of one loaded move model, and the current sentence's. */
export class PositionRows {
  private readonly nc: number;
  private readonly bias: Int32Array;
  private readonly words: KeyedRows;
  private readonly tags: KeyedRows;
  private readonly scratch = new Int32Array(2);
  /** The sentence's rows: per word j (n: the root, n + 1: no word), per position, nc sums. */
  private rows = new Int32Array(0);
  private n = 0;

  constructor(private readonly model: ParserTable) {
    const nc = (this.nc = model.classes.length);
    const mask = (1 << model.bits) - 1;
    const scratch = this.scratch;
    this.bias = new Int32Array(nc);
    scratch[0] = moveBias(mask);
    model.addInto(scratch, 0, 1, this.bias);
    this.words = new KeyedRows(WORD_POSITIONS * nc, WORD_LIMIT, (w, rows, at) => {
      for (let p = 0; p < WORD_POSITIONS; p++) model.addInto(scratch, 0, positionWordBuckets(p, w, mask, scratch, 0), rows, at + p * nc);
    });
    this.tags = new KeyedRows(POSITIONS * nc, TAG_LIMIT, (t, rows, at) => {
      for (let p = 0; p < POSITIONS; p++) model.addInto(scratch, 0, positionTagBuckets(p, t, mask, scratch, 0), rows, at + p * nc);
    });
  }

  /** Makes the rows of a sentence of n words (atoms x: words and tags [0, n], n the root). */
  load(x: ParseAtoms, n: number): void {
    const nc = this.nc;
    const width = POSITIONS * nc;
    if (this.rows.length < (n + 2) * width) this.rows = new Int32Array(Math.max((n + 2) * width, 2 * this.rows.length));
    const rows = this.rows;
    const mask = (1 << this.model.bits) - 1;
    const scratch = this.scratch;
    for (let j = 0; j <= n + 1; j++) {
      const w = j <= n ? x.words[j] : NONE;
      const t = j <= n ? x.tags[j] : NONE;
      const base = j * width;
      const tr = this.tags.get(t);
      const trows = this.tags.rows;
      for (let k = 0; k < width; k++) rows[base + k] = trows[tr + k];
      const wr = this.words.get(w);
      const wrows = this.words.rows;
      for (let k = 0; k < WORD_POSITIONS * nc; k++) rows[base + k] += wrows[wr + k];
      for (let p = 0; p < POSITIONS; p++) {
        const m = positionPairBuckets(p, w, t, mask, scratch, 0);
        if (m > 0) this.model.addInto(scratch, 0, m, rows, base + p * nc);
      }
    }
    this.n = n;
  }

  /** The sums of state s's single-position features into sums[0, nc) (overwritten). */
  sumsOf(s: ArcHybrid, sums: Int32Array | Float64Array): void {
    const nc = this.nc;
    const width = POSITIONS * nc;
    const none = this.n + 1;
    const rows = this.rows;
    // A missing position (-1) reads the row of no word, n + 1.
    const s0 = s.s(0), s1 = s.s(1), s2 = s.s(2), b0 = s.buf(0), b1 = s.buf(1), b2 = s.buf(2);
    const a = (s0 < 0 ? none : s0) * width + S0 * nc;
    const b = (s1 < 0 ? none : s1) * width + S1 * nc;
    const c = (b0 < 0 ? none : b0) * width + B0 * nc;
    const d = (b1 < 0 ? none : b1) * width + B1 * nc;
    const e = (b2 < 0 ? none : b2) * width + B2 * nc;
    const f = (s2 < 0 ? none : s2) * width + S2 * nc;
    const bias = this.bias;
    for (let k = 0; k < nc; k++) sums[k] = bias[k] + rows[a + k] + rows[b + k] + rows[c + k] + rows[d + k] + rows[e + k] + rows[f + k];
  }
}
