// A subgraph of the tests' own: a tiny manifest and schema written here, resolvers that succeed, fail or wait on
// demand, and stand-ins for what startSubgraph only checks and closes (the ORM, the event bus). No database: the kit
// runs `select 1` for readiness, forks an EntityManager per request and closes the ORM last, nothing more.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GraphQLError } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Viewer } from '@anze/auth';
import { currentDeadline } from '@anze/orm';
import { createLogger } from '../src/logger.ts';
import { defineSubgraph, type SubgraphManifest } from '../src/manifest.ts';
import { startSubgraph, type BaseContext, type SubgraphOptions } from '../src/subgraph.ts';

export const SECRET = 'kit-test-gateway-secret-0123456789';

const SCHEMA = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

type Query {
  hello: String! @public
  adminOnly: String! @auth(requires: [PLATFORM_ADMIN])
  "Fails like a broken query: an error without a code."
  broken: String @public
  "Fails like a validation rule: a user error on a field, with an extension that must not travel."
  invalid: String @public
  "Answers once the test releases it (a request in flight during stop())."
  slow: String @public
  "Milliseconds left before the request's deadline (@anze/orm withDeadline)."
  deadlineLeft: Float @public
}
`;

const dir = mkdtempSync(join(tmpdir(), 'anze-kit-test-'));
const schemaFile = join(dir, 'schema.graphql');
writeFileSync(schemaFile, SCHEMA);
process.once('exit', () => rmSync(dir, { recursive: true, force: true }));

/** What the resolvers and stand-ins report, in order. */
export const events: string[] = [];

let gate: { entered: () => void; released: Promise<void> } | null = null;
/** The next `slow` call waits in its resolver: `entered` resolves when it got there, `release()` lets it answer. */
export function holdSlow(): { entered: Promise<void>; release: () => void } {
  let release!: () => void;
  let entered!: () => void;
  const released = new Promise<void>((r) => (release = r));
  const reached = new Promise<void>((r) => (entered = r));
  gate = { entered, released };
  return { entered: reached, release };
}

const resolvers = {
  Query: {
    hello: () => 'world',
    deadlineLeft: () => {
      const deadline = currentDeadline();
      return deadline === undefined ? null : deadline - Date.now();
    },
    adminOnly: () => 'for administrators',
    broken: () => {
      throw new Error('relation "app_user" does not exist');
    },
    invalid: () => {
      throw new GraphQLError('名称不能为空', {
        extensions: { code: 'BAD_USER_INPUT', field: 'name', query: 'select * from app_user' },
      });
    },
    slow: async () => {
      const g = gate;
      gate = null;
      g?.entered();
      await g?.released;
      events.push('slow answered');
      return 'done';
    },
  },
};

export function manifest(routes: SubgraphManifest['routes'] = { gateway: [], public: [] }) {
  return defineSubgraph({
    name: 'kittest',
    port: 0,
    schemaFile: pathToFileURL(schemaFile),
    loadResolvers: async () => resolvers,
    loadEntities: async () => [],
    migrations: pathToFileURL(join(dir, 'migrations/')),
    events: { consumers: [] },
    routes,
    env: [],
    seed: false,
    codegen: { context: '', mappers: {} },
    loadRuntime: async () => {
      throw new Error('not started through its runtime here');
    },
  });
}

/** The ORM as far as the kit uses it; `failing` makes the database check fail. */
export function fakeOrm(o: { failing?: boolean } = {}): MikroORM {
  const em = {
    getConnection: () => ({
      execute: async () => {
        if (o.failing) throw new Error('connection refused');
        return [];
      },
    }),
    fork: () => em,
  };
  return {
    em,
    close: async () => {
      events.push('orm closed');
    },
  } as unknown as MikroORM;
}

export const ADMIN: Viewer = {
  kind: 'user',
  userId: '00000000-0000-4000-8000-000000000001',
  organisationId: '00000000-0000-4000-8000-000000000002',
  roles: ['PLATFORM_ADMIN'],
  jurisdiction: null,
  divisionCode: null,
  sessionId: '00000000-0000-4000-8000-000000000003',
  mustChangePassword: false,
};

/** The token `admin` is an administrator's; any other token is invalid. */
export async function verifyToken(token: string): Promise<Viewer> {
  if (token === 'admin') return ADMIN;
  throw new GraphQLError('bad token');
}

export function start(o: Partial<SubgraphOptions<BaseContext>> & { production?: boolean } = {}) {
  const { production = true, ...rest } = o;
  return startSubgraph({
    manifest: manifest(),
    orm: fakeOrm(),
    config: { port: 0, production, gatewaySecret: SECRET, jwksUrl: 'http://127.0.0.1:9/unused' },
    verifyToken,
    host: '127.0.0.1',
    logger: createLogger({ service: 'kittest' }, 'silent'),
    ...rest,
  });
}

export interface Answer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  };
}

/** POSTs a query as the gateway does (its secret, unless `secret` says otherwise). */
export async function query(
  url: string,
  q: string,
  o: { secret?: string | null; token?: string; body?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const secret = o.secret === undefined ? SECRET : o.secret;
  if (secret !== null) headers['x-anze-gateway-secret'] = secret;
  if (o.token) headers.authorization = `Bearer ${o.token}`;
  const res = await fetch(url, { method: 'POST', headers, body: o.body ?? JSON.stringify({ query: q }) });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}
