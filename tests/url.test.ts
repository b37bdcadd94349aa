// URLs end to end: the built CLI fetches pages from a server this test runs on 127.0.0.1 (a
// random port; nothing here touches the internet): redirects, a timeout, HTTP errors, a wrong
// content type, legacy charsets, gzip, a body over the size cap.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, jsonLines, newsx, newsxAsync } from './helpers/cli.js';

const ARTICLE = fs.readFileSync(fixture('pages/harbour-bridge.html'));
let server: http.Server;
let base = '';
const seen: { url: string; userAgent: string }[] = [];

function route(req: http.IncomingMessage, res: http.ServerResponse): void {
  seen.push({ url: req.url ?? '', userAgent: req.headers['user-agent'] ?? '' });
  const path = (req.url ?? '/').split('?')[0];
  const hop = /^\/hop\/(\d+)$/.exec(path);
  if (hop) {
    const n = Number(hop[1]);
    res.writeHead(302, { location: n > 1 ? `/hop/${n - 1}` : '/story' }).end();
    return;
  }
  switch (path) {
    case '/story':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
      return;
    case '/moved':
      res.writeHead(301, { location: `${base}/story` }).end();
      return;
    case '/slow':
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>late</p>'), 5000).unref();
      return;
    case '/missing':
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
      return;
    case '/broken':
      res.writeHead(503).end();
      return;
    case '/image':
      res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
      return;
    case '/cp1252':
      // “Café” in windows-1252, the charset named only by the page
      res.writeHead(200, { 'content-type': 'text/html' }).end(
        Buffer.concat([
          Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><article><p>'),
          Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]),
          Buffer.from(' opened in the square on Monday, and the owner said business was good from the first hour.</p></article></body></html>'),
        ]),
      );
      return;
    case '/gzip':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' }).end(zlib.gzipSync(ARTICLE));
      return;
    case '/huge': {
      // 11 MB in chunks, no Content-Length: the cap must hold as the body streams in
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      let sent = 0;
      const more = () => {
        while (sent < 11) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      res.on('error', () => {});
      more();
      return;
    }
    default:
      res.writeHead(404).end();
  }
}

beforeAll(async () => {
  server = http.createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('newsx on a URL', () => {
  it('reads the page like the saved file: same text and metadata, the URL as id, a User-Agent naming newsx', async () => {
    const r = await newsxAsync(['text', '--json', `${base}/story`]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const [doc] = jsonLines(r.stdout);
    const [saved] = jsonLines(newsx(['text', '--json', fixture('pages/harbour-bridge.html')]).stdout);
    expect(doc.id).toBe(`${base}/story`);
    expect(doc.text).toBe(saved.text);
    // the relative canonical link resolves against the address the page came from
    expect(doc.metadata).toEqual({ ...(saved.metadata as object), url: `${base}/news/2024/03/harbour-bridge-repairs` });
    expect(seen.find((s) => s.url === '/story')?.userAgent).toMatch(/^newsx\/\d+\.\d+\.\d+ /);
  });

  it('entities of the URL equal the entities of the saved page', async () => {
    const fromUrl = jsonLines((await newsxAsync(['entities', '--json', `${base}/story`])).stdout)[0];
    const fromFile = jsonLines(newsx(['entities', '--json', fixture('pages/harbour-bridge.html')]).stdout)[0];
    expect(fromUrl.entities).toEqual(fromFile.entities);
    expect((fromUrl.entities as { name: string }[]).map((e) => e.name)).toContain('Priya Natarajan');
    expect(fromUrl.referenceDate).toBe('2024-03-14');
    expect(fromUrl.referenceDateSource).toBe('metadata');
  });

  it('follows up to 5 redirects, absolute or relative', async () => {
    const r = await newsxAsync(['text', '--json', `${base}/hop/5`, `${base}/moved`]);
    expect(r.status).toBe(0);
    const docs = jsonLines(r.stdout);
    expect(docs.map((d) => (d.text as string).split('\n')[0])).toEqual(['Harbour bridge to close for repairs next spring', 'Harbour bridge to close for repairs next spring']);
  });

  it.each([
    ['/hop/6', 'too many redirects (more than 5)'],
    ['/missing', 'HTTP 404 Not Found'],
    ['/broken', 'HTTP 503 Service Unavailable'],
    ['/image', 'not a web page (Content-Type: image/png)'],
    ['/huge', 'page too large (over 10485760 bytes, the limit)'],
  ])('%s: one line, exit 1', async (path, reason) => {
    const r = await newsxAsync(['text', `${base}${path}`]);
    expect(r.stderr).toBe(`newsx: ${base}${path}: ${reason}\n`);
    expect(r.status).toBe(1);
  });

  it('a slow server hits --timeout', async () => {
    const started = Date.now();
    const r = await newsxAsync(['text', '--timeout', '0.5', `${base}/slow`]);
    expect(r.stderr).toBe(`newsx: ${base}/slow: timed out after 0.5 s\n`);
    expect(r.status).toBe(1);
    expect(Date.now() - started).toBeLessThan(4500);
  });

  it('a refused connection is one line; the other inputs still go through', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const r = await newsxAsync(['text', '--json', `http://127.0.0.1:${port}/x`, `${base}/story`]);
    expect(r.stderr).toBe(`newsx: http://127.0.0.1:${port}/x: connection refused\n`);
    expect(r.status).toBe(1);
    const docs = jsonLines(r.stdout);
    expect(docs[0]).toEqual({ schemaVersion: 1, id: `http://127.0.0.1:${port}/x`, error: { message: `http://127.0.0.1:${port}/x: connection refused` } });
    expect(docs[1].id).toBe(`${base}/story`);
  });

  it('windows-1252 named by <meta http-equiv> is decoded (curly quotes and accents)', async () => {
    const r = await newsxAsync(['text', `${base}/cp1252`]);
    expect(r.stdout).toBe('“Café” opened in the square on Monday, and the owner said business was good from the first hour.\n');
  });

  it('a gzip-encoded response is read', async () => {
    const r = await newsxAsync(['text', '--json', `${base}/gzip`]);
    expect((jsonLines(r.stdout)[0].text as string).split('\n')).toHaveLength(11);
  });

  it('--timeout must be a positive number (usage error)', async () => {
    const r = await newsxAsync(['text', '--timeout', 'soon', `${base}/story`]);
    expect(r.stderr).toBe('newsx: --timeout: expected a number of seconds > 0, got "soon"\n');
    expect(r.status).toBe(2);
  });
});
