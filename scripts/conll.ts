// Reads the CoNLL-2003 column files (token POS chunk NER) into sentences, for training scripts.
import fs from 'node:fs';

export interface ConllToken {
  word: string;
  pos: string;
  chunk: string;
  ner: string;
}

export function readConll(file: string): ConllToken[][][] {
  const docs: ConllToken[][][] = [];
  let doc: ConllToken[][] = [];
  let sent: ConllToken[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-') {
      if (sent.length) doc.push(sent);
      if (doc.length) docs.push(doc);
      doc = [];
      sent = [];
    } else if (!line.trim()) {
      if (sent.length) doc.push(sent);
      sent = [];
    } else {
      sent.push({ word: cols[0], pos: cols[1], chunk: cols[2], ner: cols[3] });
    }
  }
  if (sent.length) doc.push(sent);
  if (doc.length) docs.push(doc);
  return docs;
}
