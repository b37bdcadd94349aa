// Words of approximation and bound that TimeML keeps inside a duration or "ago" span ("nearly
// forty years", "more than four hours", "just over 24 hours ago"). "over"/"under" count only right
// before a number, so "over the past two weeks" keeps its preposition out.

const NUMBER_START = String.raw`(?=\s+(?:\d|an?\s|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+few|several|a\s+couple))`;

export const MODIFIER_RE_SOURCE = String.raw`(?:(?:nearly|almost|about|approximately|roughly|around|some|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|no\s+more\s+than|no\s+less\s+than|not\s+more\s+than|up\s+to|(?:well|just)\s+(?:over|under)|(?:over|under)${NUMBER_START})\s+)?`;
