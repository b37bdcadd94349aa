// Lines that only say when the article was published or updated ("Updated Nov 19, 6:55 AM",
// "PUBLISHED: 10:48, Tue, Nov 19, 2019"): the page's furniture, written as text rather than
// marked up as a <time> (clean.ts removes those). Short lines only: a sentence that starts
// "Published in 1998, the report…" is the article's.

const STAMP = /^\W*(published|updated|posted|last updated|first published|last modified|modified)\b/i;
const MAX_STAMP_CHARS = 90;
const HAS_NUMBER = /\d/;

export function isStampLine(line: string): boolean {
  return line.length <= MAX_STAMP_CHARS && STAMP.test(line) && HAS_NUMBER.test(line);
}
