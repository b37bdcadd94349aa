// Time per web page: the article-extraction benchmark's development pages (../shared/corpora/
// article-extraction, 88 pages) read one after another in one process by the library's page
// reader (parse, metadata, extraction, text), each timed on its own; the first page includes
// loading linkedom and Readability. Run by bench/run.mjs (--only pages), or alone:
// node bench/pages.mjs [--corpus DIR]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function pageTimes(corpus = path.resolve(ROOT, '../shared/corpora/article-extraction')) {
  const truth = path.join(corpus, 'truth.jsonl');
  if (!fs.existsSync(truth)) return null;
  const ids = fs.readFileSync(truth, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).id);
  const { readPage } = await import(pathToFileURL(path.join(ROOT, 'dist/src/input/read.js')).href);
  const times = [];
  for (const id of ids) {
    const html = new TextDecoder().decode(zlib.gunzipSync(fs.readFileSync(path.join(corpus, 'pages', `${id}.html.gz`))));
    const t0 = performance.now();
    await readPage(html);
    times.push(performance.now() - t0);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const ms = (x) => +x.toFixed(1);
  return { pages: ids.length, medianMs: ms(sorted[Math.floor(sorted.length / 2)]), slowestMs: ms(sorted.at(-1)), firstMs: ms(times[0]), totalSeconds: +(times.reduce((a, b) => a + b, 0) / 1000).toFixed(2) };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const i = process.argv.indexOf('--corpus');
  console.log(JSON.stringify(await pageTimes(i > 0 ? path.resolve(process.argv[i + 1]) : undefined)));
}
