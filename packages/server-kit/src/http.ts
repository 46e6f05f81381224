// A minimal node:http integration for Apollo Server 5: no framework on the hot path.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  HeaderMap,
  type ApolloServer,
  type BaseContext,
  type ContextFunction,
  type HTTPGraphQLResponse,
} from '@apollo/server';

export class BodyTooLargeError extends Error {}

export async function readBody(req: IncomingMessage, limitBytes: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limitBytes) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(text);
}

/**
 * Around the execution of a request, given its parsed body: runs `execute` (with its own context function, or the
 * default one) and may answer otherwise (the subgraphs' idempotency keys).
 */
export type AroundExecution<TContext extends BaseContext> = (
  body: unknown,
  execute: (context?: ContextFunction<[], TContext>) => Promise<HTTPGraphQLResponse>,
) => Promise<HTTPGraphQLResponse>;

/** Runs one HTTP request through Apollo Server. JSON bodies only; anything else is left to Apollo to refuse. */
export async function handleGraphQL<TContext extends BaseContext>(
  server: ApolloServer<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  context: ContextFunction<[], TContext>,
  bodyLimitBytes: number,
  around?: AroundExecution<TContext>,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown = undefined;
  if (req.method === 'POST') {
    let raw: string;
    try {
      raw = await readBody(req, bodyLimitBytes);
    } catch (e) {
      if (e instanceof BodyTooLargeError) {
        sendJson(res, 413, { errors: [{ message: '请求过大', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
        return;
      }
      throw e;
    }
    const contentType = headers.get('content-type') ?? '';
    if (
      contentType.startsWith('application/json') ||
      contentType.startsWith('application/graphql-response+json')
    ) {
      try {
        body = raw.length ? JSON.parse(raw) : undefined;
      } catch {
        sendJson(res, 400, { errors: [{ message: '请求格式错误', extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
    } else {
      body = raw;
    }
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const execute = (own?: ContextFunction<[], TContext>) =>
    server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: own ?? context,
    });
  const result = await (around ? around(body, execute) : execute());
  for (const [key, value] of result.headers) res.setHeader(key, value);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    res.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}
