// Reading a parse (sentence-parse.ts): each word's dependents, built once per parse and shared.

import type { Parse } from './parser.js';

const dependents = new WeakMap<Parse, number[][]>();

/** The dependents of each word of the parse, left to right: dependentsOf(p)[h] lists i with p.heads[i] === h. */
export function dependentsOf(p: Parse): number[][] {
  let d = dependents.get(p);
  if (!d) {
    d = Array.from({ length: p.heads.length }, () => [] as number[]);
    for (let i = 0; i < p.heads.length; i++) if (p.heads[i] >= 0) d[p.heads[i]].push(i);
    dependents.set(p, d);
  }
  return d;
}
