// Rows of score sums kept for reuse: the tagger's per word form, the recogniser's per feature
// group. A row is an offset into fixed-size chunks (offset >>> CHUNK_BITS names the chunk,
// offset & IN_CHUNK the place in it): a typed array per row cost more to allocate than to fill,
// and one growing array cost its copies. Clearing keeps the chunks and starts a new generation;
// an offset is valid only in the generation it was taken in.

export const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
export const IN_CHUNK = CHUNK - 1;

/** Generations of all row stores: a new one at each store's start and clearing, never reused. */
let generations = 0;

export class ScoreRows<S extends Int32Array | Float64Array = Int32Array | Float64Array> {
  private chunks: S[] = [];
  private used = 0;
  /** Offsets below this were written since their chunk was made (a new chunk is zeros). */
  private written = 0;
  generation = ++generations;

  /** `alloc`: a zeroed array of n sums (integer for shipped models, floats while training). */
  constructor(private readonly alloc: (n: number) => S) {}

  /** Forgets every row: offsets taken before are stale from now on. */
  clear(): void {
    this.used = 0;
    this.generation = ++generations;
  }

  /** A zeroed row of `width` (≤ 65,536) sums, within one chunk: its offset. */
  take(width: number): number {
    let at = this.used;
    if ((at & IN_CHUNK) + width > CHUNK) at = (at >>> CHUNK_BITS) * CHUNK + CHUNK;
    const k = at >>> CHUNK_BITS;
    if (k === this.chunks.length) this.chunks.push(this.alloc(CHUNK));
    this.used = at + width;
    if (at < this.written) {
      const chunk = this.chunks[k];
      const from = at & IN_CHUNK;
      for (let c = 0; c < width; c++) chunk[from + c] = 0;
    }
    if (this.used > this.written) this.written = this.used;
    return at;
  }

  /** The chunk holding the row at `at`; the row starts at at & IN_CHUNK in it. */
  chunk(at: number): S {
    return this.chunks[at >>> CHUNK_BITS];
  }
}
