// Paths outside GraphQL that belong to a subgraph (uploads and downloads on documents, exports on projects) are
// forwarded over plain HTTP, streamed both ways: a 20 MB upload or a 100,000-row XLSX never sits in the gateway's
// memory. The subgraph gets what a GraphQL request would carry — the caller's Authorization, the gateway credential,
// the request id and the client address — and decides everything else itself.
import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { GATEWAY_SECRET_HEADER, sendJson, type Logger } from '@anze/server-kit';

export interface HttpRoute {
  /** Path prefix, e.g. `/files`: matches `/files` and `/files/…`. */
  prefix: string;
  /** Base URL of the subgraph (its GraphQL URL without the path). */
  origin: string;
}

export interface ForwardContext {
  requestId: string;
  clientIp: string | null;
  gatewaySecret: string;
  /**
   * From the end of the request body (a slow upload is not cut short) until the subgraph starts answering; a long
   * download may then take as long as it needs.
   */
  timeoutMs: number;
  log: Logger;
}

/**
 * Request headers passed on; anything else (cookies, hop-by-hop headers, a forged secret) stays behind. The
 * Idempotency-Key makes a repeated upload answer its first document (the subgraph checks its format).
 */
const FORWARDED_REQUEST_HEADERS = [
  'authorization',
  'idempotency-key',
  'content-type',
  'content-length',
  'accept',
  'accept-encoding',
  'range',
  'if-none-match',
  'if-modified-since',
  'user-agent',
];

/** Response headers passed back. */
const FORWARDED_RESPONSE_HEADERS = [
  'content-type',
  'content-length',
  'content-disposition',
  'content-encoding',
  'content-range',
  'accept-ranges',
  'cache-control',
  'etag',
  'last-modified',
  'content-security-policy',
  'x-content-type-options',
];

export function routeFor(routes: readonly HttpRoute[], path: string): HttpRoute | undefined {
  return routes.find((r) => path === r.prefix || path.startsWith(`${r.prefix}/`));
}

export function originOf(graphqlUrl: string): string {
  return new URL(graphqlUrl).origin;
}

export async function forward(
  req: IncomingMessage,
  res: ServerResponse,
  route: HttpRoute,
  ctx: ForwardContext,
): Promise<void> {
  const headers: Record<string, string> = {
    [GATEWAY_SECRET_HEADER]: ctx.gatewaySecret,
    'x-request-id': ctx.requestId,
  };
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = req.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  if (ctx.clientIp) headers['x-forwarded-for'] = ctx.clientIp;

  const target = new URL(req.url ?? '/', route.origin);
  await new Promise<void>((resolve) => {
    const upstream = request(target, { method: req.method, headers }, (answer) => {
      clearTimeout(timer);
      const out: Record<string, string | string[]> = { 'x-request-id': ctx.requestId };
      for (const name of FORWARDED_RESPONSE_HEADERS) {
        const value = answer.headers[name];
        if (value !== undefined) out[name] = value;
      }
      res.writeHead(answer.statusCode ?? 502, out);
      pipeline(answer, res)
        .catch((error) => ctx.log.warn('forwarded response aborted', { path: target.pathname, error }))
        .finally(resolve);
    });
    const fail = (error: unknown) => {
      clearTimeout(timer);
      ctx.log.error('forwarding failed', { path: target.pathname, error });
      if (!res.headersSent)
        sendJson(res, 502, {
          errors: [{ message: '服务暂时不可用，请稍后重试', extensions: { code: 'BAD_GATEWAY' } }],
        });
      else res.destroy();
      resolve();
    };
    let timer: NodeJS.Timeout | undefined;
    upstream.on('finish', () => {
      timer = setTimeout(() => upstream.destroy(new Error('upstream timeout')), ctx.timeoutMs);
    });
    upstream.on('error', fail);
    // A client that goes away mid-upload must not leave the subgraph waiting for the rest of the body.
    req.on('aborted', () => upstream.destroy(new Error('client aborted')));
    if (req.method === 'GET' || req.method === 'HEAD') upstream.end();
    else req.pipe(upstream);
  });
}
