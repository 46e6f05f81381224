// The gateway's HTTP client for subgraph requests: node:http on a keep-alive Agent, instead of Node's fetch (undici)
// or Apollo's default make-fetch-happen.
//
// Why: profiling the gateway at 50 connections showed the fetch path (undici's Request/Response objects, WHATWG
// streams for a string body and a JSON answer, headers and body written as separate socket writes) among the largest
// costs per request. A subgraph call is one small JSON POST and one small JSON answer: node:http writes headers and
// body in one syscall (`end(body)` with a Content-Length), and the answer is read into one Buffer. Sockets are pooled
// and reused (keep-alive); the Agent follows the subgraph's `Keep-Alive: timeout=` hint and closes idle sockets
// before the subgraph does.
import {
  Agent as HttpAgent,
  request as httpRequest,
  type IncomingMessage,
  type RequestOptions,
} from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Fetcher, FetcherHeaders, FetcherRequestInit, FetcherResponse } from '@apollo/utils.fetcher';

export interface SubgraphFetcher {
  fetcher: Fetcher;
  /** Closes the pooled sockets (at shutdown). */
  close(): void;
}

export interface SubgraphFetcherOptions {
  /** The whole exchange (connect, send, answer headers and body) must finish within this; then it is aborted. */
  timeoutMs: number;
}

/** A subgraph's answer, read completely (status line, headers, body) before the fetcher resolves. */
class BufferedResponse implements FetcherResponse {
  readonly url: string;
  readonly redirected = false;
  readonly status: number;
  readonly ok: boolean;
  readonly statusText: string;
  readonly headers: FetcherHeaders;
  readonly #body: Buffer;
  #used = false;

  constructor(url: string, status: number, statusText: string, headers: FetcherHeaders, body: Buffer) {
    this.url = url;
    this.status = status;
    this.ok = status >= 200 && status < 300;
    this.statusText = statusText;
    this.headers = headers;
    this.#body = body;
  }

  get bodyUsed(): boolean {
    return this.#used;
  }

  #take(): Buffer {
    if (this.#used) throw new TypeError('Body is unusable: Body has already been read');
    this.#used = true;
    return this.#body;
  }

  async text(): Promise<string> {
    return this.#take().toString('utf8');
  }

  async json(): Promise<unknown> {
    return JSON.parse(this.#take().toString('utf8'));
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const b = this.#take();
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
  }

  clone(): FetcherResponse {
    if (this.#used) throw new TypeError('Response.clone: Body has already been consumed.');
    return new BufferedResponse(this.url, this.status, this.statusText, this.headers, this.#body);
  }
}

/** Response headers (names lower-case), as the FetcherHeaders interface wants them. */
class ResponseHeaders implements FetcherHeaders {
  readonly #map: Map<string, string>;

  constructor(res: IncomingMessage) {
    this.#map = new Map();
    for (const [name, value] of Object.entries(res.headers)) {
      if (value !== undefined) this.#map.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
  }

  get(name: string): string | null {
    return this.#map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.#map.has(name.toLowerCase());
  }
  set(name: string, value: string): void {
    this.#map.set(name.toLowerCase(), value);
  }
  append(name: string, value: string): void {
    const key = name.toLowerCase();
    const old = this.#map.get(key);
    this.#map.set(key, old === undefined ? value : `${old}, ${value}`);
  }
  delete(name: string): void {
    this.#map.delete(name.toLowerCase());
  }
  entries(): IterableIterator<[string, string]> {
    return this.#map.entries();
  }
  keys(): IterableIterator<string> {
    return this.#map.keys();
  }
  values(): IterableIterator<string> {
    return this.#map.values();
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.#map.entries();
  }
}

interface Target {
  https: boolean;
  options: RequestOptions;
}

export function createSubgraphFetcher(o: SubgraphFetcherOptions): SubgraphFetcher {
  const agentOptions = {
    keepAlive: true,
    // Most recently used socket first: under light load a few warm sockets serve everything and the rest time out.
    scheduling: 'lifo' as const,
    // An idle pooled socket is closed after 30 s (subgraphs keep theirs 65 s, so the gateway closes first and never
    // sends on a socket the subgraph is closing); a shorter `Keep-Alive: timeout=` hint from the subgraph wins.
    timeout: 30_000,
    // One write per request already; no Nagle delay on the rare split write either.
    noDelay: true,
  };
  const http = new HttpAgent(agentOptions);
  const https = new HttpsAgent(agentOptions);
  // One entry per subgraph URL: parsed once, not per request.
  const targets = new Map<string, Target>();
  const targetOf = (url: string): Target => {
    let t = targets.get(url);
    if (!t) {
      const u = new URL(url);
      if (u.protocol !== 'http:' && u.protocol !== 'https:')
        throw new Error(`unsupported subgraph URL ${url}`);
      const secure = u.protocol === 'https:';
      t = {
        https: secure,
        options: {
          hostname: u.hostname.replace(/^\[|\]$/g, ''),
          port: u.port || (secure ? 443 : 80),
          path: `${u.pathname}${u.search}`,
          agent: secure ? https : http,
        },
      };
      targets.set(url, t);
    }
    return t;
  };

  const fetcher = (url: string, init: FetcherRequestInit = {}): Promise<FetcherResponse> =>
    new Promise<FetcherResponse>((resolve, reject) => {
      const target = targetOf(url);
      const body = init.body ?? '';
      const headers: Record<string, string | number> = { ...init.headers };
      // A Content-Length (not chunked) lets node:http send headers and body in one write. No Accept-Encoding is
      // sent, so the subgraph answers uncompressed (loopback / cluster network: compression would only cost CPU).
      headers['content-length'] = Buffer.byteLength(body);
      const req = (target.https ? httpsRequest : httpRequest)({
        ...target.options,
        method: init.method ?? 'POST',
        headers,
      });
      let done = false;
      const fail = (error: unknown) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        reject(error);
      };
      // The upstream timeout covers the whole exchange; destroying the request frees (does not reuse) the socket.
      const timer = setTimeout(() => {
        const error = new DOMException(`subgraph did not answer within ${o.timeoutMs} ms`, 'TimeoutError');
        fail(error);
        req.destroy(error);
      }, o.timeoutMs);
      req.on('error', fail);
      req.on('response', (res) => {
        const encoding = res.headers['content-encoding'];
        if (encoding && encoding !== 'identity') {
          res.destroy();
          fail(new Error(`subgraph answered with unsupported content-encoding ${encoding}`));
          return;
        }
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', fail);
        res.on('end', () => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          resolve(
            new BufferedResponse(
              url,
              res.statusCode ?? 0,
              res.statusMessage ?? '',
              new ResponseHeaders(res),
              chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks),
            ),
          );
        });
      });
      req.end(body);
    });

  return {
    fetcher,
    close: () => {
      http.destroy();
      https.destroy();
    },
  };
}
