// V8 flags for the CLI process. V8's tiering defaults suit long-running programs: functions are
// optimised early and with deep inlining, and the optimising compiler runs on a background thread.
// A newsx run is short (a cold start, or a corpus of a few seconds per core), and its analyzers
// are large functions whose optimised compilation with inlining cost more CPU than it paid back:
// on CoNLL-2003 dev with --jobs 1, `--no-concurrent-recompilation` added ~2 s of wall time, i.e.
// the background compiler took most of the second core, which --jobs 2 needs for its worker.
// Less inlining and a later tier-up (measured on analyze over CoNLL dev, medians of 5 interleaved
// runs; bench/ has the full table): --jobs 1 user CPU 4.6 -> 3.0 s, wall 3.3 -> 2.5 s; --jobs 2
// wall 3.4 -> 2.5 s; a 1 MB document unchanged (6.3 vs 6.1 s). A lower old-generation growth
// factor (a fixed 1.3 instead of V8's dynamic one, up to 4) keeps memory down at no measurable
// cost: the 1 MB document peaked at 248 MB instead of 270, 100 documents of it with --jobs 2 at
// 278 MB instead of 316 (both with 16 MB worker young generations, see batch.ts). Output does
// not depend on any of them.
//
// Set from inside, before any code is hot, because a bin cannot pass node options. Only flags
// that V8 reads at each compilation or tier-up decision belong here: flags read when the heap or
// an isolate is set up are ignored this late, and some (--single-threaded-gc) crash the process.
// NEWSX_V8_FLAGS replaces the list (empty: V8's defaults).

import v8 from 'node:v8';

export const V8_FLAGS = '--max-inlined-bytecode-size-cumulative=100 --interrupt-budget=200000 --heap-growing-percent=30';

export function tuneV8(env: NodeJS.ProcessEnv): void {
  const flags = env.NEWSX_V8_FLAGS ?? V8_FLAGS;
  if (flags.trim()) v8.setFlagsFromString(flags);
}
