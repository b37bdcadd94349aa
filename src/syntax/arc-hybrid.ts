// The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011) that the dependency
// parser walks greedily: a stack, a buffer of the words left to read and three moves.
// - SHIFT: the buffer's first word goes onto the stack;
// - LEFT: the stack's top becomes a dependent of the buffer's first word, and is popped;
// - RIGHT: the stack's top becomes a dependent of the word below it, and is popped.
// The root is an extra word after the last one (index n), so it is the buffer's last word and
// takes exactly one dependent, the sentence's head, by the last LEFT. A popped word has all its
// dependents, which is what makes the label of its arc predictable from them ("by X" is an agent).

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const MOVES = ['SHIFT', 'LEFT', 'RIGHT'] as const;

export class ArcHybrid {
  /** Words; index n is the root. */
  n = 0;
  stack: Int32Array;
  /** Words on the stack: the top is stack[depth - 1]. */
  depth = 0;
  /** The buffer's first word (the buffer is b..n). */
  b = 0;
  /** Head of each word (n: the root), -1 while it has none. */
  heads: Int32Array;
  /** Label id of each word's arc, -1 while it has none. */
  labels: Int32Array;
  /** Per word and the root: its leftmost and rightmost dependents so far (-1: none), and how many on each side. */
  leftmost: Int32Array;
  rightmost: Int32Array;
  leftCount: Int32Array;
  rightCount: Int32Array;

  constructor(n: number) {
    this.stack = this.heads = this.labels = this.leftmost = this.rightmost = this.leftCount = this.rightCount = new Int32Array(0);
    this.reset(n);
  }

  /**
   * The start state of a sentence of n words, in this object's arrays (grown when too short), so
   * a parser can walk sentence after sentence without allocating. Only [0, n] of them is used.
   */
  reset(n: number): this {
    this.n = n;
    this.depth = 0;
    this.b = 0;
    if (this.stack.length < n + 1) {
      const size = Math.max(n + 1, this.stack.length * 2);
      this.stack = new Int32Array(size);
      this.heads = new Int32Array(size);
      this.labels = new Int32Array(size);
      this.leftmost = new Int32Array(size);
      this.rightmost = new Int32Array(size);
      this.leftCount = new Int32Array(size);
      this.rightCount = new Int32Array(size);
    }
    this.heads.fill(-1, 0, n + 1);
    this.labels.fill(-1, 0, n + 1);
    this.leftmost.fill(-1, 0, n + 1);
    this.rightmost.fill(-1, 0, n + 1);
    this.leftCount.fill(0, 0, n + 1);
    this.rightCount.fill(0, 0, n + 1);
    return this;
  }

  done(): boolean {
    return this.depth === 0 && this.b === this.n;
  }

  /** The i-th word from the stack's top (0: the top), -1 when the stack is not that deep. */
  s(i: number): number {
    return i < this.depth ? this.stack[this.depth - 1 - i] : -1;
  }

  /** The i-th word of the buffer (the root included), -1 past it. */
  buf(i: number): number {
    return this.b + i <= this.n ? this.b + i : -1;
  }

  valid(move: number): boolean {
    if (move === SHIFT) return this.b < this.n;
    // The root takes one dependent, once every other word hangs below it.
    if (move === LEFT) return this.depth > 0 && (this.b < this.n || this.depth === 1);
    return this.depth > 1;
  }

  apply(move: number, label: number): void {
    if (move === SHIFT) {
      this.stack[this.depth++] = this.b++;
      return;
    }
    const dep = this.stack[--this.depth];
    const head = move === LEFT ? this.b : this.stack[this.depth - 1];
    this.heads[dep] = head;
    this.labels[dep] = label;
    // Left dependents arrive nearest first and right ones left to right, so the newest is the outermost.
    if (dep < head) {
      this.leftmost[head] = dep;
      this.leftCount[head]++;
    } else {
      this.rightmost[head] = dep;
      this.rightCount[head]++;
    }
  }

  /** The head and dependent of the arc `move` (LEFT or RIGHT) would make. */
  arcOf(move: number): [number, number] {
    const dep = this.stack[this.depth - 1];
    return [move === LEFT ? this.b : this.stack[this.depth - 2], dep];
  }

  /**
   * Training only: how many arcs of the gold tree (`gold[i]`: head of word i, n for the root)
   * that can still be made are lost by `move` (Goldberg and Nivre 2013's dynamic oracle).
   */
  cost(move: number, gold: Int32Array): number {
    const n = this.n;
    const b = this.b;
    if (move === SHIFT) {
      let c = 0;
      for (let k = 0; k < this.depth; k++) {
        const w = this.stack[k];
        if (gold[w] === b) c++;
        if (k < this.depth - 1 && gold[b] === w) c++;
      }
      return c;
    }
    const s0 = this.stack[this.depth - 1];
    let c = 0;
    for (let d = b; d < n; d++) if (gold[d] === s0) c++;
    const h = gold[s0];
    if (move === LEFT) {
      if (h !== b && ((this.depth > 1 && h === this.stack[this.depth - 2]) || h > b)) c++;
    } else if (h >= b) c++;
    return c;
  }
}
