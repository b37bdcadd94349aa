// Arrays that keep one element kind whichever V8 tier made them.
//
// Array.prototype.map returns a packed array from the interpreter and the builtin, but a holey one
// from code V8's optimising compiler inlined it into (V8 11, Node 20). The per-sentence arrays the
// analyzers read in their hot loops (words, lower-cased forms, tags, per-word records) were made by
// map, so a reader saw packed arrays at first and holey ones once their maker was optimised: it was
// deoptimised ("wrong map") and compiled again, on CoNLL dev about 30 of the 40 deoptimisations of
// an `analyze` run, most of them in the recogniser's and event model's largest functions.

/** xs.map(f), always a packed array (elements pushed one by one, as every tier does alike). */
export function mapPacked<T, U>(xs: readonly T[], f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i], i));
  return out;
}
