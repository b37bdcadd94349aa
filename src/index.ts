// Library API: `import { analyze } from 'newsx'` gives the same document object the CLI prints.
export { analyze, analyzeArticle, type AnalyzeOptions } from './analyze.js';
export { buildArticle, type Article, type ArticleOptions } from './article/article.js';
export { readPage, readUrl, type Reading, type UrlOptions } from './input/read.js';
export * from './types.js';
export { parseOf, type Parse } from './syntax/sentence-parse.js';
