// Whether this process is to read many documents (a JSONL batch, several files). Some look-up
// structures cost a few milliseconds to build and pay that back only over thousands of words (the
// parser's table indexes, the WordNet line index, the model tables' interleaved keys): alone, each
// is built once its own count of uses shows a long run, so one article never pays for it. A batch
// says so at its start (expectLongRun), and they are built at their first use instead: the words
// before that count were read the slow way (binary searches, group scans) in code not yet
// optimised. Results never depend on it: each structure finds the same entries either way.

let longRun = false;

/** Called by the CLI before a batch: build the long-run structures at first use. */
export function expectLongRun(): void {
  longRun = true;
}

export function isLongRun(): boolean {
  return longRun;
}
