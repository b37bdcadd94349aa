// Reads CoNLL-U files (Universal Dependencies; .conllu or .conllu.gz) into sentences of basic-tree
// tokens, for the parser's training script and the event-argument measure. Multiword-token ranges
// ("3-4") and empty nodes ("8.1") are skipped: the basic tree is over integer ids.
import fs from 'node:fs';
import zlib from 'node:zlib';

export interface UdToken {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** Index of the head in the sentence, -1 for the root word. */
  head: number;
  deprel: string;
  /** Enhanced arcs as written ("4:nsubj|7:nsubj:xsubj"). */
  deps: string;
  misc: string;
}

export interface UdSentence {
  /** Comment lines before the tokens, without the leading "# ". */
  comments: string[];
  tokens: UdToken[];
}

export function readConllu(file: string): UdSentence[] {
  const raw = fs.readFileSync(file);
  const text = (file.endsWith('.gz') ? zlib.gunzipSync(raw) : raw).toString('utf8');
  const out: UdSentence[] = [];
  let cur: UdSentence = { comments: [], tokens: [] };
  for (const line of text.split('\n')) {
    if (!line.trim()) {
      if (cur.tokens.length) out.push(cur);
      cur = { comments: [], tokens: [] };
      continue;
    }
    if (line.startsWith('#')) {
      cur.comments.push(line.replace(/^#\s?/, ''));
      continue;
    }
    const c = line.split('\t');
    if (!/^\d+$/.test(c[0])) continue;
    cur.tokens.push({ form: c[1], lemma: c[2], upos: c[3], xpos: c[4], feats: c[5], head: Number(c[6]) - 1, deprel: c[7], deps: c[8], misc: c[9] ?? '_' });
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}
