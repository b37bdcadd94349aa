// Pathological inputs: one short unit repeated to a given size. Each made (or could make) some
// step of the analysis rescan what it had already read: runs of one punctuation mark in the
// tokenizer, “Yes,” after “Yes,” in quote attribution, and their neighbours. Used by
// bench/linear-time.mjs (25 KB against 100 KB, in `npm run fuzz`) and bench/run.mjs (the slowest
// 100 KB document).

export const PATTERNS = [
  '-', '.', '_', '+', '%', '“Yes,” ', '„’s ', // issue 17's findings
  '“', '”', '"', "'", '‘', '’', '(', ')', ',', ':', ';', '…', '—', '/', '&', '@', '#', '*', '=', '!', '?',
  'a.', 'A.', 'a_', 'a-', '-a', 'a@', 'a.a-', '1.', '1,', '12', 'aa', 'a ', 'A ', 'Ab ', 'www.', 'http://', 'x.com/', '@a ', '#a ',
  "n't ", "'s ", '’s ', 'U.S. ', 'Mr. ', '\n', '\r\n', '\n\n', ' \n', '\t',
  'said ', 'Smith said ', 'Smith said: “', '“a” said ', '“a,” he said. ', '“a” and “b” ', '« a » ', '„a“ ', ', said Smith, ',
  'Monday ', 'last week ', 'each jan. ', '2024 ', 'Q3 ', '1999-12-31 ', 'Dec. 31 ', 'between June and ', 'the ', 'of the ',
  'Ana Lind ', 'Paris, ', 'President ', 'met ', 'he met her in Paris on Monday. ',
];

/** The set bench/run.mjs times at 100 KB through the CLI: the findings and a few more. */
export const BENCH_PATTERNS = ['-', '.', '_', '+', '%', '“Yes,” ', '„’s ', '/', 'a.', 'a_', '“', 'said ', '“a” said ', 'a ', '\n', 'he met her in Paris on Monday. '];

/** `unit` repeated to `bytes` bytes of UTF-8 (rounded up to whole units). */
export function repeatTo(unit, bytes) {
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
}
