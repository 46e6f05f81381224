// The public entry point: Apollo Gateway on the committed static supergraph, behind the server kit's node:http
// integration. The gateway authenticates nobody itself: it forwards the caller's Authorization header and every
// subgraph verifies the token again. What it adds is the hardening a public GraphQL endpoint needs (limits, no
// introspection, no schema hints, masked errors) and the gateway credential the subgraphs require.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import {
  ApolloGateway,
  RemoteGraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  createDrainableServer,
  GATEWAY_SECRET_HEADER,
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENCY_KEY_PATTERN,
  USER_ERROR_CODES,
  createLogger,
  handleGraphQL,
  sendJson,
  translateFormattedInputError,
  type Logger,
} from '@anze/server-kit';
import { SUBGRAPHS, SUPERGRAPH_FILE, subgraphUrls } from './subgraphs.ts';
import { createSubgraphFetcher } from './fetcher.ts';
import { forward, originOf, routeFor, type HttpRoute } from './http-routes.ts';

export interface GatewayLimits {
  /** Field nesting (armor max-depth; a leaf field counts as one level). */
  maxDepth: number;
  /** Aliases per operation. */
  maxAliases: number;
  /** Static cost: objects 2, scalars 1, ×1.5 per level of depth (armor cost-limit). */
  maxCost: number;
  /** Lexer tokens per document (graphql-js parse option): bounds parse work before anything else runs. */
  maxTokens: number;
  /** Directives per operation. */
  maxDirectives: number;
}

/** Chosen for the web app's real queries with headroom; see README. */
export const DEFAULT_LIMITS: GatewayLimits = {
  maxDepth: 8,
  maxAliases: 15,
  maxCost: 2000,
  maxTokens: 2000,
  maxDirectives: 20,
};

export interface GatewayOptions {
  port?: number;
  host?: string;
  production?: boolean;
  /** Shared with every subgraph (x-anze-gateway-secret); ≥ 16 characters. */
  gatewaySecret: string;
  /** name → URL; subgraphs not listed keep the URL written in the supergraph. */
  subgraphUrls?: Record<string, string>;
  bodyLimitBytes?: number;
  /** Per subgraph request (AbortSignal.timeout). */
  upstreamTimeoutMs?: number;
  /**
   * Behind a reverse proxy that sets X-Forwarded-For: the client IP is its last entry. Otherwise the header is
   * ignored (a client could write anything into it) and the socket address is used.
   */
  trustProxy?: boolean;
  limits?: Partial<GatewayLimits>;
  supergraphFile?: string;
  logger?: Logger;
}

export interface RunningGateway {
  url: string;
  port: number;
  server: Server;
  log: Logger;
  stop(): Promise<void>;
}

/** What travels from the incoming HTTP request to the subgraph requests. */
export interface GatewayContext {
  authorization: string | null;
  requestId: string;
  clientIp: string | null;
  /** The client's Idempotency-Key: each subgraph keeps the first answer of a keyed mutation (server-kit). */
  idempotencyKey: string | null;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer`);
  return n;
}

/** Environment → options (PORT, NODE_ENV, GATEWAY_SECRET, <NAME>_URL, BODY_LIMIT_BYTES, UPSTREAM_TIMEOUT_MS, TRUST_PROXY). */
export function gatewayOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayOptions {
  const gatewaySecret = env.GATEWAY_SECRET ?? '';
  if (!gatewaySecret) throw new Error('GATEWAY_SECRET is required');
  return {
    port: int(env, 'PORT', 4000),
    production: env.NODE_ENV === 'production',
    gatewaySecret,
    subgraphUrls: subgraphUrls(env),
    bodyLimitBytes: int(env, 'BODY_LIMIT_BYTES', 1_000_000),
    upstreamTimeoutMs: int(env, 'UPSTREAM_TIMEOUT_MS', 10_000),
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
  };
}

/** The gateway's own request errors (parse, validation, malformed HTTP): about the caller's document, kept. */
const REQUEST_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const CJK = /[\u3400-\u9FFF]/u;

const TOO_MANY_TOKENS = '查询过于复杂（查询过长），请精简后重试';

/**
 * A mutation that failed for a reason that is not its input (a subgraph timed out, was killed or could not be
 * reached, an internal error) may have committed anyway: under faults, createProject calls answered 服务器内部错误 had
 * saved their project. The caller is told the outcome is unknown, so that it looks before it submits again (or
 * retries with the same idempotency key).
 */
export const OUTCOME_UNKNOWN = {
  code: 'OUTCOME_UNKNOWN',
  message: '提交结果未知：请求没有完成，数据可能已经保存。请先刷新查看是否已保存，再决定是否重新提交',
} as const;

/** Whether a formatted error says nothing about the caller's request: its mutation may or may not have happened. */
function isFailureOfOurs(code: unknown): boolean {
  return typeof code !== 'string' || !(USER_ERROR_CODES.has(code) || REQUEST_CODES.has(code));
}

/**
 * Production: user-facing errors keep message, path, code and field; request errors raised by the gateway itself
 * keep their message; everything else (subgraph internals, HTTP failures, timeouts, subgraph response bodies)
 * becomes 服务器内部错误 and is logged.
 */
export function gatewayErrorFormatter(production: boolean, log: Logger) {
  return (raw: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // graphql-js's English refusals of a variable's value or of a literal become Chinese, with the field.
    const formatted = translateFormattedInputError(raw, error);
    const code = formatted.extensions?.code as string | undefined;
    const fromSubgraph = formatted.extensions?.serviceName !== undefined;
    const { message, path, locations, extensions } = formatted;
    if (code && USER_ERROR_CODES.has(code)) {
      if (!production) return formatted;
      const field = extensions?.field;
      return {
        message,
        path,
        locations,
        extensions: { code, ...(typeof field === 'string' ? { field } : {}) },
      };
    }
    if (code && REQUEST_CODES.has(code) && !fromSubgraph) {
      if (!production) return formatted;
      // graphql-js names the token limit in its message ("Document contains more than N tokens").
      if (code === 'GRAPHQL_PARSE_FAILED' && /\btokens\b/.test(message)) {
        return { message: TOO_MANY_TOKENS, extensions: { code } };
      }
      return { message, locations, extensions: { code } };
    }
    log.error('unexpected error', {
      error: error instanceof GraphQLError && error.originalError ? error.originalError : error,
      code,
      subgraph: extensions?.serviceName,
      path,
    });
    if (!production) return formatted;
    return { message: '服务器内部错误', path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

interface DataSourceConfig {
  name: string;
  url: string;
  gatewaySecret: string;
  timeoutMs: number;
  log: Logger;
  /** Shared by every subgraph of one gateway (one socket pool, closed at stop); its own one when absent. */
  fetcher?: Fetcher;
}

/** One subgraph: adds the gateway credential, forwards who is calling, bounds the wait. */
export class AnzeDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly subgraph: string;
  readonly #secret: string;
  readonly #log: Logger;

  constructor(config: DataSourceConfig) {
    super({ url: config.url });
    this.subgraph = config.name;
    this.#secret = config.gatewaySecret;
    this.#log = config.log;
    // node:http on a keep-alive Agent with the upstream timeout (fetcher.ts says why not fetch/make-fetch-happen).
    this.fetcher = config.fetcher ?? createSubgraphFetcher({ timeoutMs: config.timeoutMs }).fetcher;
  }

  /** Network failures and timeouts: logged here with the subgraph's name and the cause; the caller sees only 服务器内部错误. */
  override didEncounterError(error: Error): void {
    if (!(error instanceof GraphQLError)) {
      this.#log.warn('subgraph request failed', { subgraph: this.subgraph, error: describeError(error) });
    }
    throw error;
  }

  override willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = options.request.http!.headers;
    headers.set(GATEWAY_SECRET_HEADER, this.#secret);
    // Health checks and schema loading carry no caller (the enum telling them apart is not exported).
    if (!('incomingRequestContext' in options)) return;
    const { authorization, requestId, clientIp, idempotencyKey } = options.context;
    if (authorization) headers.set('authorization', authorization);
    if (idempotencyKey) headers.set(IDEMPOTENCY_KEY_HEADER, idempotencyKey);
    headers.set('x-request-id', requestId);
    if (clientIp) headers.set('x-forwarded-for', clientIp);
  }

  /**
   * A non-2xx answer. The ones a caller must see are 401 (the subgraph refused the token: "登录已过期"), whose
   * UNAUTHENTICATED error is passed on, and 400 (its input refused, in Chinese); anything else (403 = wrong gateway secret, 5xx, a proxy page) is an
   * internal failure and its body is never shown to the caller.
   */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    let body: unknown = null;
    try {
      body = await this.parseBody(response);
    } catch {
      // unreadable body: treated like any other failure below
    }
    const first = (
      body as {
        errors?: Array<{ message?: unknown; extensions?: { code?: unknown; field?: unknown } }>;
      } | null
    )?.errors?.[0];
    // 400: the subgraph refused the request's input before running it (a Date that is no date, a value of the wrong
    // type): its message, written for the user, is passed on with its field.
    if (response.status === 400 && typeof first?.message === 'string') {
      const translated = translateFormattedInputError({
        message: first.message,
        extensions: first.extensions,
      });
      const code = translated.extensions?.code;
      // A literal refused by a custom scalar arrives as GRAPHQL_VALIDATION_FAILED with the scalar's own message.
      const refused = code === 'GRAPHQL_VALIDATION_FAILED' ? 'BAD_USER_INPUT' : code;
      if (typeof refused === 'string' && USER_ERROR_CODES.has(refused) && CJK.test(translated.message)) {
        const field = translated.extensions?.field;
        return new GraphQLError(translated.message, {
          extensions: { code: refused, ...(typeof field === 'string' ? { field } : {}) },
        });
      }
    }
    if (
      response.status === 401 &&
      first?.extensions?.code === 'UNAUTHENTICATED' &&
      typeof first.message === 'string'
    ) {
      return new GraphQLError(first.message, { extensions: { code: 'UNAUTHENTICATED' } });
    }
    this.#log.warn('subgraph answered an HTTP error', { subgraph: this.subgraph, status: response.status });
    return new GraphQLError(`subgraph ${this.subgraph} answered HTTP ${response.status}`, {
      extensions: { code: 'SUBGRAPH_HTTP_ERROR', serviceName: this.subgraph },
    });
  }
}

/** name, message and the cause's code: "fetch failed" alone does not say ECONNREFUSED or timeout. */
function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  return {
    name: error.name,
    message: error.message,
    ...(cause ? { cause: { code: cause.code, message: cause.message } } : {}),
  };
}

function headerValue(req: IncomingMessage, name: string): string | null {
  const v = req.headers[name];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

/** A caller's request id is kept when it is short and plain (it ends up in every log line); otherwise a new one. */
function requestIdOf(req: IncomingMessage): string {
  const given = headerValue(req, 'x-request-id');
  return given && /^[A-Za-z0-9._:-]{1,128}$/.test(given) ? given : randomUUID();
}

function clientIpOf(req: IncomingMessage, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = headerValue(req, 'x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return req.socket.remoteAddress ?? null;
}

/** The subgraph's readiness endpoint: same origin as its GraphQL URL. */
export function readyzUrlOf(graphqlUrl: string): string {
  return new URL('/readyz', graphqlUrl).toString();
}

export async function startGateway(o: GatewayOptions): Promise<RunningGateway> {
  const production = o.production ?? process.env.NODE_ENV === 'production';
  const log = o.logger ?? createLogger({ service: 'gateway' });
  if (!o.gatewaySecret || o.gatewaySecret.length < 16)
    throw new Error('GATEWAY_SECRET must be set (≥ 16 characters)');
  const limits = { ...DEFAULT_LIMITS, ...o.limits };
  const bodyLimitBytes = o.bodyLimitBytes ?? 1_000_000;
  const timeoutMs = o.upstreamTimeoutMs ?? 10_000;
  const overrides = o.subgraphUrls ?? {};

  // @apollo/gateway otherwise starts an anonymous usage-telemetry exporter to Apollo at construction time.
  // Anze runs on closed government networks: nothing leaves the cluster.
  process.env.APOLLO_TELEMETRY_DISABLED = '1';

  const supergraphSdl = readFileSync(o.supergraphFile ?? SUPERGRAPH_FILE, 'utf8');
  const urls = new Map<string, string>();
  const upstream = createSubgraphFetcher({ timeoutMs });
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: log,
    buildService: ({ name, url }) => {
      const target = overrides[name] ?? url;
      if (!target) throw new Error(`no URL for subgraph ${name}`);
      urls.set(name, target);
      return new AnzeDataSource({
        name,
        url: target,
        gatewaySecret: o.gatewaySecret,
        timeoutMs,
        log,
        fetcher: upstream.fetcher,
      });
    },
  });

  // Limits apply in development too, so a query that would fail in production fails early; only production hides
  // the numbers (an attacker learns nothing about how far to push). Rejections are reported as validation errors
  // without armor's misleading "Syntax Error: " prefix.
  const reject = (what: string) => ({
    exposeLimits: !production,
    errorMessage: `查询过于复杂（${what}），请精简后重试`,
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | null, error: GraphQLError) =>
        ctx?.reportError(
          new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          }),
        ),
    ],
  });
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...reject('嵌套层级过深') },
    maxAliases: { n: limits.maxAliases, ...reject('别名过多') },
    costLimit: { maxCost: limits.maxCost, ...reject('查询代价过高') },
    // armor's token counter re-parses every document and can only throw from a plugin hook (HTTP 500); graphql-js
    // counts tokens itself while parsing (parseOptions.maxTokens below → 400 GRAPHQL_PARSE_FAILED).
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives, ...reject('指令过多') },
    // Apollo's own hideSchemaDetailsFromClientErrors removes "Did you mean" suggestions (below).
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();

  // graphql-js reports up to 100 validation errors and one more for reaching that limit: a query with 100 unknown
  // directives on one field got 101 errors, work and bytes for nothing. In production the first error is enough.
  const firstValidationError: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async validationDidStart() {
          return async (errors) => {
            if (production && errors && errors.length > 1) (errors as GraphQLError[]).splice(1);
          };
        },
      };
    },
  };

  const outcomeUnknown: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, response }) {
          if (operation?.operation !== 'mutation' || response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors?.some((e) => isFailureOfOurs(e.extensions?.code))) return;
          response.body.singleResult.errors = errors.map((e) =>
            isFailureOfOurs(e.extensions?.code)
              ? {
                  message: OUTCOME_UNKNOWN.message,
                  path: e.path,
                  extensions: { ...(production ? {} : e.extensions), code: OUTCOME_UNKNOWN.code },
                }
              : e,
          );
        },
      };
    },
  };

  const logging: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          log.debug('graphql', {
            requestId: contextValue.requestId,
            operationName,
            ms: Math.round((performance.now() - started) * 100) / 100,
            errors: errors?.length ?? 0,
          });
        },
      };
    },
  };

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger: log,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    formatError: gatewayErrorFormatter(production, log),
    csrfPrevention: true,
    // Shutdown is ours (stop(): HTTP server first, then Apollo). Apollo's own SIGTERM handler would stop the gateway
    // under in-flight requests and re-raise the signal.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: protection.validationRules,
    plugins: [
      // No landing page (it loads from a CDN); the GraphQL IDE is served by the web app at /ide.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      // Answers depend on the caller: nothing is HTTP-cacheable, so no cache-control hook on every field.
      ApolloServerPluginCacheControlDisabled(),
      ...(protection.plugins as ApolloServerPlugin<GatewayContext>[]),
      firstValidationError,
      outcomeUnknown,
      logging,
    ],
  });
  await apollo.start();
  let loaded = true;

  const readiness = async (res: ServerResponse) => {
    const checks: Record<string, string> = { supergraph: loaded ? 'ok' : 'failed' };
    await Promise.all(
      SUBGRAPHS.map(async ({ name }) => {
        const url = urls.get(name) ?? overrides[name];
        if (!url) return void (checks[name] = 'failed');
        try {
          const r = await fetch(readyzUrlOf(url), { signal: AbortSignal.timeout(2000) });
          await r.body?.cancel();
          checks[name] = r.status === 200 ? 'ok' : 'failed';
          if (r.status !== 200) log.warn('subgraph not ready', { subgraph: name, status: r.status });
        } catch (error) {
          checks[name] = 'failed';
          log.warn('subgraph not ready', { subgraph: name, error: describeError(error) });
        }
      }),
    );
    // Details stay in the log: the gateway is public and /readyz says only which part is failing.
    const ready = Object.values(checks).every((s) => s === 'ok');
    sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'not ready', checks });
  };

  // Uploads, downloads and exports: forwarded as HTTP to the subgraph that owns them (subgraphs.ts `httpRoutes`).
  const httpRoutes: HttpRoute[] = SUBGRAPHS.flatMap((s) =>
    s.httpRoutes.map((prefix) => ({ prefix, origin: originOf(overrides[s.name] ?? s.defaultUrl) })),
  );

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('x-content-type-options', 'nosniff');
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok', service: 'gateway' });
    if (path === '/readyz') return readiness(res);
    const httpRoute = routeFor(httpRoutes, path);
    if (!httpRoute && path !== '/graphql') return sendJson(res, 404, { error: 'not found' });
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    if (httpRoute) {
      return forward(req, res, httpRoute, {
        requestId,
        clientIp: clientIpOf(req, o.trustProxy ?? false),
        gatewaySecret: o.gatewaySecret,
        timeoutMs,
        log,
      });
    }
    const idempotencyKey = headerValue(req, IDEMPOTENCY_KEY_HEADER);
    if (idempotencyKey !== null && !IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey)) {
      return sendJson(res, 400, {
        errors: [{ message: '幂等键（Idempotency-Key）格式错误', extensions: { code: 'BAD_REQUEST' } }],
      });
    }
    const context: GatewayContext = {
      authorization: headerValue(req, 'authorization'),
      requestId,
      clientIp: clientIpOf(req, o.trustProxy ?? false),
      idempotencyKey,
    };
    await handleGraphQL(apollo, req, res, async () => context, bodyLimitBytes);
  };

  const http = createDrainableServer((req, res) => {
    handle(req, res).catch((error) => {
      log.error('request failed', { error });
      if (!res.headersSent)
        sendJson(res, 500, {
          errors: [{ message: '服务器内部错误', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        });
      else res.end();
    });
  });
  const { server } = http;
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(o.port ?? 4000, o.host ?? '0.0.0.0', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/graphql`;
  log.info('listening', { url, production, subgraphs: Object.fromEntries(urls) });

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      log.info('stopping');
      loaded = false;
      await http.drain();
      await apollo.stop();
      upstream.close();
      log.info('stopped');
    })());
  return { url, port, server, log, stop };
}
