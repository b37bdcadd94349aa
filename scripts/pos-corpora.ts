// Sentences of (word, Penn tag) pairs for the part-of-speech tagger, from CoNLL-2003 (POS column)
// and from Universal Dependencies treebanks (XPOS column: UD English EWT to train on, GUM news to
// measure only), put into the conventions newsx tags at run time.
//
// The treebanks differ from newsx's tokens and from the CoNLL tags in a few habits, mended here so
// the tagger learns one convention, the one its users (rules in src/, the recogniser, the parser)
// have always read:
// - a hyphen or slash between two words without spaces is split off in UD ("long - term",
//   "and / or"); newsx's tokenizer keeps such a word whole: the parts are joined into one word,
//   tagged as the part the others hang on (an adjective where the whole modifies a noun as amod:
//   "long-term plans");
// - brackets and quotes are tagged -LRB-/-RRB- and ``/'' in UD, "(", ")" and '"' in CoNLL;
// - UD tags "to" before a noun phrase IN; Penn (and CoNLL) tag every "to" TO;
// - web-text tags Penn has not: HYPH, NFP (a dash is ':', other stray symbols SYM), ADD (an address:
//   NN), GW (a piece of a word split by mistake: NN), AFX (a prefix written apart: JJ).
import path from 'node:path';
import fs from 'node:fs';
import { readConll } from './conll.js';
import { readConllu, type UdSentence } from './conllu.js';

/** EWT train as the tagger tags it when it has not seen it (train-pos.ts writes it, train-parser.ts reads it). */
export const JACKKNIFE_TAGS = path.resolve('.cache/ewt-train-tags.json');

export interface TaggedWord {
  word: string;
  pos: string;
}

export type TaggedSentence = TaggedWord[];

export function conllSentences(file: string): TaggedSentence[] {
  return readConll(file)
    .flat()
    .map((s) => s.map((t) => ({ word: t.word, pos: t.pos })));
}

const UD_TAG: Record<string, string> = { '-LRB-': '(', '-RRB-': ')', '``': '"', "''": '"', HYPH: ':', ADD: 'NN', GW: 'NN', AFX: 'JJ' };

function pennTag(form: string, xpos: string): string {
  if (xpos === 'NFP') return /^-+$/.test(form) ? ':' : 'SYM';
  if (xpos === 'IN' && form.toLowerCase() === 'to') return 'TO';
  return UD_TAG[xpos] ?? xpos;
}

const noSpaceAfter = (misc: string) => misc.split('|').includes('SpaceAfter=No');
const JOINER = /^[-/]$/;

/** One UD sentence in newsx's tokens and tags. */
export function udTagged(s: UdSentence): TaggedSentence {
  const t = s.tokens;
  const out: TaggedSentence = [];
  let i = 0;
  while (i < t.length) {
    // The span i..j of words joined by hyphens or slashes written without spaces.
    let j = i;
    while (j + 2 < t.length && JOINER.test(t[j + 1].form) && t[j + 1].xpos === 'HYPH' && noSpaceAfter(t[j].misc) && noSpaceAfter(t[j + 1].misc) && /[\p{L}\p{N}]$/u.test(t[j].form) && /^[\p{L}\p{N}]/u.test(t[j + 2].form)) j += 2;
    if (j === i) {
      out.push({ word: t[i].form, pos: pennTag(t[i].form, t[i].xpos) });
    } else {
      // The part whose head is outside the span (the last such, if several).
      let head = j;
      for (let k = i; k <= j; k += 2) if (t[k].head < i || t[k].head > j) head = k;
      let pos = pennTag(t[head].form, t[head].xpos);
      if (t[head].deprel === 'amod' && /^NN/.test(pos)) pos = 'JJ';
      out.push({ word: t.slice(i, j + 1).map((x) => x.form).join(''), pos });
    }
    i = j + 1;
  }
  return out;
}

export function udSentences(file: string): TaggedSentence[] {
  return readConllu(file).map(udTagged);
}

export const GUM_NEWS_DIR = path.resolve('../shared/corpora/gum-news/raw/dep');

/** GUM news trees, every document: a dev measure only, never trained on (it is the eval:events dev set). */
export function gumNewsTrees(dir = GUM_NEWS_DIR): UdSentence[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.conllu'))
    .sort()
    .flatMap((f) => readConllu(path.join(dir, f)));
}

/** GUM news as tagged words (gumNewsTrees). */
export function gumNewsSentences(dir = GUM_NEWS_DIR): TaggedSentence[] {
  return gumNewsTrees(dir).map(udTagged);
}
