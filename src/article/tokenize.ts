// Tokens with UTF-16 offsets into the article text. The split follows the CoNLL/Penn habits the
// models were trained on: possessive 's and n't apart, "U.S." and "1,000.5" whole, hyphenated
// words whole, URLs, e-mails, handles and hashtags whole, any other symbol alone.
//
// The scan is linear in the length of the text: a pattern that runs over a long stretch before it
// fails (an e-mail's local part over 100,000 dashes) may start only where such a stretch starts
// (the look-behinds; a later start inside the stretch could match only what the first start
// already could), or is bounded (an abbreviation has at most 12 letters). Without that, each
// position of the stretch rescanned its rest.

export interface Token {
  text: string;
  start: number;
  end: number;
}

const URL = String.raw`(?:https?:\/\/|www\.)[^\s<>"“”‘’]*[^\s<>"“”‘’.,;:!?)\]]|(?<![a-z0-9-]|[a-z0-9-]\.)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|io|co|uk|de|fr|ru|rs|eu|ly|me|tv|info)\/[^\s<>"“”]*[^\s<>"“”.,;:!?)\]]`;
const EMAIL = String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`;
const HANDLE = String.raw`@[\p{L}\p{N}_]+`;
const HASHTAG = String.raw`#\p{L}[\p{L}\p{N}_]*`;
const ABBREVIATION = String.raw`(?:\p{L}\.){2,12}(?!\p{L})`;
const NUMBER = String.raw`\d+(?:[.,]\d+)+(?:\p{L}+)?`;
const CLITIC = String.raw`(?:n['’]t|['’](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M))(?![\p{L}\p{N}])`;
const WORD = String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}]*?(?:(?:[-&/]|\.(?=\p{L}\p{L})|['’](?=\p{Lu}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*?)*(?=n['’]t(?![\p{L}\p{N}])|[^\p{L}\p{M}\p{N}]|$)`;
const OTHER = String.raw`\S`;

const TOKEN_RE = new RegExp(
  [URL, EMAIL, HANDLE, HASHTAG, ABBREVIATION, NUMBER, CLITIC, WORD, OTHER].map((p) => `(?:${p})`).join('|'),
  'gu',
);

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    if (m[0].length === 0) {
      TOKEN_RE.lastIndex++;
      continue;
    }
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}
