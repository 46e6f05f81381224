// Every subgraph is started the same way: schema.graphql + resolvers → federated schema → @auth transform →
// Apollo Server behind a small node:http server with /healthz, /readyz, a gateway credential check and JSON logs.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { parse, GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import { EntityLoaders, withDeadline } from '@anze/orm';
import {
  AUTH_SDL,
  ANONYMOUS,
  applyAuthDirectives,
  bearerToken,
  createTokenVerifier,
  refusingRevoked,
  type TokenVerifier,
  type Viewer,
  USER_ERROR_CODES,
} from '@anze/auth';
import { DomainError } from '@anze/domain';
import type { EventBus } from '@anze/events';
import { startRevocationFeed } from './revocation-feed.ts';
import { handleGraphQL, sendJson } from './http.ts';
import { createDrainableServer } from './drain.ts';
import { formatDomainError, sendDomainError } from './errors.ts';
import {
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENCY_KEY_PATTERN,
  deadlineErrorOf,
  runKeyedWrite,
  runWithIdempotency,
  type KeyedAnswer,
} from './idempotency.ts';
import { applyInputBoundary } from './input-boundary.ts';
import { locateScalarLiteralErrors, translateFormattedInputError } from './input-errors.ts';
import { createLogger, type Logger } from './logger.ts';
import {
  DEFAULT_IDEMPOTENCY_RETENTION_SECONDS,
  DEFAULT_REQUEST_DEADLINE_MS,
  intFromEnv,
  type SubgraphBaseConfig,
} from './config.ts';
import type { SubgraphManifest } from './manifest.ts';

export const GATEWAY_SECRET_HEADER = 'x-anze-gateway-secret';

/** Added to the token lifetime for the revocations read at start: clocks of identity and of this process differ. */
const REVOCATION_CLOCK_SLACK_SECONDS = 60;

/** What every resolver receives. Subgraphs extend it with their own services. */
export interface BaseContext {
  viewer: Viewer;
  /** Request-scoped EntityManager (a fork): identity map and unit of work live for one request only. */
  em: EntityManager;
  loaders: EntityLoaders;
  requestId: string;
  log: Logger;
  client: { ip: string | null; userAgent: string | null };
}

export interface ReadinessCheck {
  name: string;
  check: () => Promise<unknown>;
}

export type Route = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/** What a gateway route gets: the caller as verified from its token, and a request-scoped EntityManager. */
export interface RouteContext {
  viewer: Viewer;
  em: EntityManager;
  requestId: string;
  log: Logger;
  client: BaseContext['client'];
  /**
   * A write under the request's Idempotency-Key (runKeyedWrite; the key's format is checked before the route runs):
   * the same key and `input` answer the first result (`replayed`), other input is refused (CONFLICT). Without a key
   * `write` runs on `em`.
   */
  keyed(
    operation: string,
    input: unknown,
    write: (em: EntityManager) => Promise<KeyedAnswer>,
  ): Promise<KeyedAnswer & { replayed: boolean }>;
}

/**
 * An HTTP route outside GraphQL reached through the gateway (file upload/download, exports). The kit checks the
 * gateway credential and verifies the token, exactly as for /graphql; the route decides what the viewer may do.
 */
export type GatewayRoute = (
  req: IncomingMessage,
  res: ServerResponse,
  ctx: RouteContext,
) => Promise<void> | void;

export interface SubgraphOptions<TContext extends BaseContext> {
  /** Name, schema, resolvers and the routes it declares (src/manifest.ts). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  manifest: SubgraphManifest<any, any>;
  orm: MikroORM;
  /** The subgraph's configuration (loadBaseConfig): listening port, mode, the gateway's secret, identity's key set. */
  config: Pick<SubgraphBaseConfig, 'port' | 'production' | 'gatewaySecret' | 'jwksUrl'> &
    Partial<Pick<SubgraphBaseConfig, 'requestDeadlineMs' | 'idempotencyRetentionSeconds'>>;
  /** Defaults to verifying against `config.jwksUrl` (identity, which holds the keys, passes its own). */
  verifyToken?: TokenVerifier;
  host?: string;
  bodyLimitBytes?: number;
  /**
   * The subgraph's NATS side (startEventBus): part of readiness, and closed after the onClose steps, before the ORM.
   * The database needs no entry: `orm` is always checked and closed last.
   */
  eventBus?: { check(): Promise<unknown>; close(): Promise<unknown> } & (
    Pick<EventBus, 'js' | 'stream' | 'prefix'> | { js?: undefined }
  );
  /** Readiness checks besides the database and the event bus (e.g. file storage). */
  readiness?: ReadinessCheck[];
  /** Public HTTP routes outside GraphQL (e.g. identity's JWKS), matched by exact path: the manifest's `routes.public`. */
  routes?: Record<string, Route>;
  /**
   * HTTP routes the gateway forwards (e.g. `/files` → documents), matched by path prefix (`/files`, `/files/…`), each
   * under a prefix of the manifest's `routes.gateway`. Only requests carrying the gateway credential reach them.
   */
  gatewayRoutes?: Record<string, GatewayRoute>;
  /** Adds the subgraph's own services to the base context. */
  extendContext?: (base: BaseContext) => TContext | Promise<TContext>;
  /** Run at shutdown after the HTTP server stopped, in order (e.g. consumers); then the event bus, then the ORM. */
  onClose?: Array<() => Promise<unknown>>;
  logger?: Logger;
  /** Longest wait for requests in flight at stop() (default 10 s); then their connections are closed. */
  drainTimeoutMs?: number;
}

export interface RunningSubgraph {
  url: string;
  port: number;
  server: Server;
  log: Logger;
  stop(): Promise<void>;
}

/** Codes whose messages are written for users; anything else is replaced in production. */
const CLIENT_CODES = new Set([
  ...USER_ERROR_CODES,
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function loadSchemaSdl(schemaFile: string | URL): string {
  return `${AUTH_SDL}\n${readFileSync(schemaFile, 'utf8')}`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function buildSchema(schemaFile: string | URL, resolvers: GraphQLResolverMap<any>) {
  // The input boundary inside the @auth guard: a caller who may not call a field learns nothing about its arguments.
  // A custom scalar's refusal of a literal carries the literal, so that the error can name its field.
  const schema = buildSubgraphSchema({ typeDefs: parse(loadSchemaSdl(schemaFile)), resolvers });
  return applyAuthDirectives(applyInputBoundary(locateScalarLiteralErrors(schema)));
}

function secretMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function errorFormatter(production: boolean, log: Logger) {
  return (raw: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    // Past the request's deadline the transaction was rolled back: the client may submit again (REQUEST_TIMEOUT).
    const timeout = deadlineErrorOf(error);
    const formatted = translateFormattedInputError(formatDomainError(raw, timeout ?? error), error);
    if (timeout) return { ...formatted, message: timeout.message };
    const code = formatted.extensions?.code as string | undefined;
    if (code && CLIENT_CODES.has(code)) {
      if (!production) return formatted;
      const { message, path, locations, extensions } = formatted;
      const field = extensions?.field;
      return { message, path, locations, extensions: { code, ...(field ? { field } : {}) } };
    }
    log.error('unexpected resolver error', { error: unwrap(error), path: formatted.path });
    if (!production) return formatted;
    return { message: '服务器内部错误', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

function unwrap(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? error.originalError : error;
}

export async function startSubgraph<TContext extends BaseContext>(
  o: SubgraphOptions<TContext>,
): Promise<RunningSubgraph> {
  const { production, gatewaySecret } = o.config;
  const { name } = o.manifest;
  const log = o.logger ?? createLogger({ service: name });
  const bus = o.eventBus;
  // Revoked sessions (logout, password change, disabled account, changed roles) are refused within the moment their
  // event takes to arrive, not when their tokens expire: every process reads them from the stream.
  const revocationFeed = bus?.js
    ? await startRevocationFeed({
        js: bus.js,
        stream: bus.stream,
        prefix: bus.prefix,
        windowSeconds: intFromEnv(process.env, 'ACCESS_TOKEN_SECONDS', 300) + REVOCATION_CLOCK_SLACK_SECONDS,
        log,
      })
    : null;
  const verifier = o.verifyToken ?? createTokenVerifier({ jwksUrl: o.config.jwksUrl });
  const verifyToken = revocationFeed ? refusingRevoked(verifier, revocationFeed.revocations) : verifier;
  if (!gatewaySecret || gatewaySecret.length < 16)
    throw new Error('GATEWAY_SECRET must be set (≥ 16 characters)');
  assertDeclaredRoutes(o);
  const schema = buildSchema(o.manifest.schemaFile, await o.manifest.loadResolvers());
  const logging: ApolloServerPlugin<TContext> = {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, errors }) {
          contextValue.log.debug('graphql', {
            operationName,
            ms: Math.round((performance.now() - started) * 100) / 100,
            errors: errors?.length ?? 0,
          });
        },
      };
    },
  };
  const apollo = new ApolloServer<TContext>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    formatError: errorFormatter(production, log),
    // No inline traces: they would send resolver timings to whoever calls with the tracing header. No cache-control
    // hints either (nothing here is HTTP-cacheable: every answer depends on the caller), which saves a hook per field.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      logging,
    ],
    // Subgraphs are reached only by the gateway, with a secret; CSRF prevention stays on for defence in depth.
    csrfPrevention: true,
    // Shutdown is ours (stopOnSignals → stop()): Apollo's own signal handler would race it.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const readiness: ReadinessCheck[] = [
    { name: 'postgres', check: () => o.orm.em.getConnection().execute('select 1') },
    ...(bus ? [{ name: 'nats', check: () => bus.check() }] : []),
    ...(o.readiness ?? []),
  ];
  const closing = [
    ...(o.onClose ?? []),
    ...(revocationFeed ? [() => revocationFeed.stop()] : []),
    ...(bus ? [() => bus.close()] : []),
    () => o.orm.close(),
  ];
  const routes: Record<string, Route> = {
    '/healthz': (_req, res) => sendJson(res, 200, { status: 'ok', service: name }),
    '/readyz': async (_req, res) => {
      // Out of the load balancer's rotation first, while the requests in flight finish.
      if (http.draining) return sendJson(res, 503, { status: 'stopping' });
      const results = await Promise.all(
        readiness.map(async (r) => {
          try {
            await withTimeout(r.check(), 2000);
            return [r.name, 'ok'] as const;
          } catch (e) {
            return [r.name, e instanceof Error ? e.message : 'failed'] as const;
          }
        }),
      );
      const ready = results.every(([, s]) => s === 'ok');
      sendJson(res, ready ? 200 : 503, {
        status: ready ? 'ready' : 'not ready',
        checks: Object.fromEntries(results),
      });
    },
    ...o.routes,
  };

  const clientOf = (req: IncomingMessage): BaseContext['client'] => ({
    ip: headerValue(req, 'x-forwarded-for')?.split(',')[0]?.trim() ?? req.socket.remoteAddress ?? null,
    userAgent: headerValue(req, 'user-agent'),
  });
  const gatewayRoutes = Object.entries(o.gatewayRoutes ?? {});
  const gatewayRouteFor = (path: string) =>
    gatewayRoutes.find(([prefix]) => path === prefix || path.startsWith(`${prefix}/`))?.[1];

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const route = routes[path];
    if (route) return route(req, res);
    const gatewayRoute = gatewayRouteFor(path);
    if (!gatewayRoute && path !== '/graphql' && path !== '/')
      return sendJson(res, 404, { error: 'not found' });
    if (!secretMatches(req.headers[GATEWAY_SECRET_HEADER], gatewaySecret)) {
      return sendJson(res, 403, {
        errors: [{ message: '仅接受来自网关的请求', extensions: { code: 'FORBIDDEN' } }],
      });
    }
    const requestId = headerValue(req, 'x-request-id') ?? randomUUID();
    res.setHeader('x-request-id', requestId);
    const rlog = log.child({ requestId });
    const key = headerValue(req, IDEMPOTENCY_KEY_HEADER);
    if (key !== null && !IDEMPOTENCY_KEY_PATTERN.test(key)) {
      return sendJson(res, 400, {
        errors: [{ message: '幂等键（Idempotency-Key）格式错误', extensions: { code: 'BAD_REQUEST' } }],
      });
    }
    const retentionSeconds = o.config.idempotencyRetentionSeconds ?? DEFAULT_IDEMPOTENCY_RETENTION_SECONDS;
    if (gatewayRoute) {
      let viewer: Viewer;
      try {
        viewer = await viewerOf(req, verifyToken);
      } catch (error) {
        const message = error instanceof GraphQLError ? error.message : '登录已失效，请重新登录';
        return sendJson(res, 401, { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
      }
      const em = o.orm.em.fork() as EntityManager;
      const keyed: RouteContext['keyed'] = (operation, input, write) =>
        runKeyedWrite({ em, retentionSeconds }, { key, viewer, operation, input }, write);
      try {
        return await gatewayRoute(req, res, {
          viewer,
          em,
          requestId,
          log: rlog,
          client: clientOf(req),
          keyed,
        });
      } catch (error) {
        // A refusal from the domain (bad filter, no right): the same answer a GraphQL client would read.
        if (error instanceof DomainError && !res.headersSent) return sendDomainError(res, error);
        throw error;
      }
    }
    let viewer: Promise<Viewer> | undefined;
    const viewerOnce = () => (viewer ??= viewerOf(req, verifyToken));
    const contextWith = (em: EntityManager) => async () => {
      const base: BaseContext = {
        viewer: await viewerOnce(),
        em,
        loaders: new EntityLoaders(em),
        requestId,
        log: rlog,
        client: clientOf(req),
      };
      return o.extendContext ? o.extendContext(base) : (base as TContext);
    };
    // Below the gateway's upstream timeout: a request the gateway gave up on cannot commit afterwards. 0 turns the
    // deadline off (to measure what it costs; never in a deployment behind a gateway that gives up).
    const deadlineMs = o.config.requestDeadlineMs ?? DEFAULT_REQUEST_DEADLINE_MS;
    const underDeadline = (run: () => Promise<void>) =>
      deadlineMs > 0 ? withDeadline(Date.now() + deadlineMs, run) : run();
    await underDeadline(() =>
      handleGraphQL(
        apollo,
        req,
        res,
        contextWith(o.orm.em.fork() as EntityManager),
        o.bodyLimitBytes ?? 1_000_000,
        key === null
          ? undefined
          : (body, execute) =>
              runWithIdempotency(
                {
                  orm: o.orm,
                  declaration: o.manifest.idempotency,
                  retentionSeconds,
                  log: rlog,
                },
                { key, viewer: viewerOnce, body },
                (em) => execute(contextWith(em)),
              ),
      ),
    );
  };

  const http = createDrainableServer(
    (req, res) => {
      handle(req, res).catch((error) => {
        log.error('request failed', { error });
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: '服务器内部错误' }] });
        else res.end();
      });
    },
    { drainTimeoutMs: o.drainTimeoutMs },
  );
  const { server } = http;
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(o.config.port, o.host ?? '0.0.0.0', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/graphql`;
  log.info('listening', { url, production });

  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      log.info('stopping');
      await http.drain();
      await apollo.stop();
      for (const close of closing) {
        try {
          await close();
        } catch (error) {
          log.error('shutdown step failed', { error });
        }
      }
      log.info('stopped');
    })());
  return { url, port, server, log, stop };
}

/**
 * The manifest is what the gateway, the deployments and the docs know of a subgraph's HTTP surface: a route served
 * but not declared would be unreachable through the gateway, a declared one without a handler a 404.
 */
function assertDeclaredRoutes<T extends BaseContext>(o: SubgraphOptions<T>): void {
  const { name, routes } = o.manifest;
  const served = Object.keys(o.gatewayRoutes ?? {});
  const under = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);
  const problems = [
    ...served
      .filter((p) => !routes.gateway.some((prefix) => under(p, prefix)))
      .map((p) => `${p} is not declared`),
    ...routes.gateway
      .filter((prefix) => !served.some((p) => under(p, prefix)))
      .map((p) => `${p} has no handler`),
    ...symmetricDifference(Object.keys(o.routes ?? {}), routes.public).map((p) => `public route ${p}`),
  ];
  if (problems.length)
    throw new Error(
      `${name}: routes differ from its manifest (routes in src/manifest.ts): ${problems.join('; ')}`,
    );
}

function symmetricDifference(a: readonly string[], b: readonly string[]): string[] {
  return [...a.filter((x) => !b.includes(x)), ...b.filter((x) => !a.includes(x))];
}

/** After a signal, the longest a service may take to stop before it exits anyway (Kubernetes waits 30 s by default). */
export const EXIT_TIMEOUT_MS = 20_000;

/**
 * Stops the service on SIGINT/SIGTERM (Kubernetes, Ctrl-C) and exits: at once when stopped, with status 1 when
 * stopping failed or took longer than `exitTimeoutMs`; a second signal forces exit.
 */
export function stopOnSignals(
  service: { stop(): Promise<void>; log: Logger },
  exitTimeoutMs = EXIT_TIMEOUT_MS,
): void {
  let signalled = false;
  const onSignal = (signal: string) => {
    if (signalled) process.exit(1);
    signalled = true;
    service.log.info('signal received', { signal });
    setTimeout(() => {
      service.log.error('shutdown timed out', { exitTimeoutMs });
      process.exit(1);
    }, exitTimeoutMs).unref();
    service.stop().then(
      () => process.exit(0),
      (error) => {
        service.log.error('shutdown failed', { error });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

async function viewerOf(req: IncomingMessage, verify: TokenVerifier): Promise<Viewer> {
  const token = bearerToken(headerValue(req, 'authorization'));
  if (!token) return ANONYMOUS;
  try {
    return await verify(token);
  } catch (error) {
    // An invalid or expired token is an authentication failure, not an anonymous request; a revoked one says so.
    const message = error instanceof DomainError ? error.message : '登录已过期，请重新登录';
    throw new GraphQLError(message, {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
}

function headerValue(req: IncomingMessage, name: string): string | null {
  const v = req.headers[name];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`timeout after ${ms} ms`)), ms);
    p.then(
      (v) => (clearTimeout(t), resolve(v)),
      (e) => (clearTimeout(t), reject(e)),
    );
  });
}
