// A page over HTTP(S) with Node's own fetch: redirects followed by hand (at most five, so the
// count is ours and each hop is checked), a timeout over the whole exchange, a size cap read as
// the body streams in (a Content-Length is not trusted), and a User-Agent naming newsx. Every
// failure is an Error whose message is the one line the CLI prints after the URL.

export interface FetchOptions {
  /** Milliseconds for the whole exchange, redirects and body included. */
  timeoutMs: number;
  /** Bytes of body at most. */
  maxBytes: number;
  userAgent: string;
}

export interface FetchedPage {
  /** The address the page came from, after redirects. */
  url: string;
  contentType: string | null;
  body: Uint8Array;
}

export const MAX_REDIRECTS = 5;
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

function networkReason(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  switch (cause?.code) {
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found (DNS lookup failed)';
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
      return 'connection reset by the server';
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
      return 'connection timed out';
    default:
      return cause?.message ?? (err as Error).message ?? String(err);
  }
}

async function readCapped(res: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw new Error(`page too large (${declared} bytes, the limit is ${maxBytes})`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (res.body) {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > maxBytes) throw new Error(`page too large (over ${maxBytes} bytes, the limit)`);
      chunks.push(chunk);
    }
  }
  return Buffer.concat(chunks);
}

export async function fetchPage(url: string, o: FetchOptions): Promise<FetchedPage> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), o.timeoutMs);
  try {
    let current = url;
    for (let hop = 0; ; hop++) {
      let res: Response;
      try {
        res = await fetch(current, {
          redirect: 'manual',
          signal: controller.signal,
          headers: { 'user-agent': o.userAgent, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' },
        });
      } catch (err) {
        if (controller.signal.aborted) throw new Error(`timed out after ${o.timeoutMs / 1000} s`);
        throw new Error(networkReason(err));
      }
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        await res.body?.cancel();
        if (hop >= MAX_REDIRECTS) throw new Error(`too many redirects (more than ${MAX_REDIRECTS})`);
        current = new URL(res.headers.get('location') as string, current).href;
        if (!/^https?:/i.test(current)) throw new Error(`redirected to an address that is not http(s): ${current}`);
        continue;
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new Error(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
      }
      try {
        return { url: current, contentType: res.headers.get('content-type'), body: await readCapped(res, o.maxBytes) };
      } catch (err) {
        if (controller.signal.aborted) throw new Error(`timed out after ${o.timeoutMs / 1000} s`);
        throw err;
      }
    }
  } finally {
    clearTimeout(timer);
    controller.abort(); // a body left unread (too large, an error status) must not hold the connection open
  }
}
