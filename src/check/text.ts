// Small text helpers the rules share: quoting a piece of text in a message, folding a name.

/** `s` cut to `max` characters with an ellipsis, spaces collapsed: for messages. */
export function excerpt(s: string, max = 60): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Lower case without diacritics: "Vučić" and "Vucic" fold alike. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
