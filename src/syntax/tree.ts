// Reading a parse (sentence-parse.ts): each word's dependents, built once per parse and shared.

import type { Parse } from './parser.js';

const dependents = new WeakMap<Parse, number[][]>();
// The rules ask about one sentence's parse many times in a row: its dependents are kept at hand.
let lastParse: Parse | null = null;
let lastDependents: number[][] = [];

/** The dependents of each word of the parse, left to right: dependentsOf(p)[h] lists i with p.heads[i] === h. */
export function dependentsOf(p: Parse): number[][] {
  if (p === lastParse) return lastDependents;
  let d = dependents.get(p);
  if (!d) {
    const n = p.heads.length;
    d = new Array<number[]>(n);
    for (let i = 0; i < n; i++) d[i] = [];
    for (let i = 0; i < n; i++) if (p.heads[i] >= 0) d[p.heads[i]].push(i);
    dependents.set(p, d);
  }
  lastParse = p;
  lastDependents = d;
  return d;
}

/**
 * The first and last word of the subtree headed by `h`, leaving out each dependent `skip` says
 * true of, and all below it ("the plan's critics, who …": the words of the phrase, not its clause).
 */
export function subtreeSpan(deps: readonly (readonly number[])[], h: number, skip: (d: number) => boolean): [number, number] {
  let from = h;
  let to = h;
  const stack = [h];
  while (stack.length > 0) {
    for (const d of deps[stack.pop()!]) {
      if (skip(d)) continue;
      if (d < from) from = d;
      if (d > to) to = d;
      stack.push(d);
    }
  }
  return [from, to];
}
