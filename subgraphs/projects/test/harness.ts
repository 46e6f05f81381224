// The projects subgraph on a fresh database, its own JetStream stream and subject prefix on the machine's NATS
// (shared with other tests), and a throw-away token issuer. Enterprises become known the way they do in production:
// by identity.organisation.* events published on the test prefix.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, type JetStreamClient } from '@nats-io/jetstream';
import { applyMigrations } from '@anze/orm';
import { createEvent, subjectFor } from '@anze/events';
import {
  testEventStream,
  createTestDatabase,
  graphql,
  ok,
  startTestIssuer,
  NATS_URL,
  TEST_GATEWAY_SECRET,
  type CallOptions,
  type TestCaller,
} from '@anze/testing';
import { loadConfig } from '../src/config.ts';
import { projectsOrm } from '../src/orm.ts';
import { startProjects, type ProjectsService } from '../src/app.ts';
import { Enterprise } from '../src/domain/enterprise.entity.ts';

export interface Harness {
  url: string;
  /** Base URL of the service (for /exports/…). */
  base: string;
  service: ProjectsService;
  prefix: string;
  stream: string;
  nc: NatsConnection;
  js: JetStreamClient;
  em: () => EntityManager;
  token(caller: TestCaller): Promise<string>;
  call<T = Record<string, unknown>>(query: string, o?: CallOptions): ReturnType<typeof graphql<T>>;
  ok<T = Record<string, unknown>>(query: string, o?: CallOptions): Promise<T>;
  /** Publishes identity.organisation.<event> v1 for an enterprise; resolves once it is in the read model. */
  organisationEvent(
    event: 'registered' | 'approved' | 'rejected' | 'updated' | 'resubmitted',
    org: Partial<OrganisationData> & { organisationId: string },
    o?: { wait?: boolean; id?: string },
  ): Promise<string>;
  /** An approved enterprise and a token for its user. */
  enterprise(o?: {
    divisionCode?: string;
    name?: string;
    uscc?: string;
  }): Promise<{ organisationId: string; token: string; uscc: string; name: string }>;
  close(): Promise<void>;
}

export interface OrganisationData {
  organisationId: string;
  organisationType: string;
  name: string;
  uscc: string;
  divisionCode: string;
  registrationStatus: 'PENDING' | 'APPROVED' | 'REJECTED';
  reason?: string;
}

const STATUS_OF = {
  registered: 'PENDING',
  approved: 'APPROVED',
  rejected: 'REJECTED',
  updated: 'APPROVED',
  resubmitted: 'PENDING',
} as const;

export async function waitFor<T>(
  check: () => Promise<T | null | undefined | false>,
  ms = 10_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}

// Valid 统一社会信用代码 values (GB 32100 check character), one per test enterprise.
const USCCS = ['9123019930088715XU', '91230103MA1B2C3D4L', '91230202MA1B2C3D6H'];

export async function startHarness(label: string): Promise<Harness> {
  const db = await createTestDatabase(`projects_${label}`);
  const events = testEventStream('projects');
  const { stream, prefix } = events;
  const orm = await projectsOrm(db.url);
  await applyMigrations(orm);
  const issuer = await startTestIssuer();
  const service = await startProjects(
    loadConfig({
      PROJECTS_DATABASE_URL: db.url,
      NATS_URL,
      GATEWAY_SECRET: TEST_GATEWAY_SECRET,
      PORT: '0',
      AUTH_JWKS_URL: issuer.jwksUrl,
      ...events.env,
    }),
  );
  const nc = await connect({ servers: NATS_URL });
  const js = jetstream(nc);
  const url = service.url;
  const em = () => orm.em.fork() as EntityManager;
  let n = 0;

  const organisationEvent: Harness['organisationEvent'] = async (event, org, o = {}) => {
    const data: OrganisationData = {
      organisationType: 'ENTERPRISE',
      name: '哈尔滨测试建筑工程有限公司',
      uscc: USCCS[0]!,
      divisionCode: '230103',
      registrationStatus: STATUS_OF[event],
      ...org,
    };
    const envelope = createEvent({
      type: `identity.organisation.${event}`,
      version: 1,
      divisionCode: data.divisionCode,
      aggregate: { type: 'organisation', id: data.organisationId },
      data,
      ...(o.id ? { id: o.id } : {}),
    });
    await js.publish(subjectFor(envelope, prefix), JSON.stringify(envelope), {
      msgID: `${envelope.id}-${n++}`,
    });
    if (o.wait !== false) {
      await waitFor(async () => {
        const row = await em().findOne(Enterprise, { organisationId: data.organisationId });
        return row?.registrationStatus === data.registrationStatus && row.name === data.name;
      });
    }
    return envelope.id;
  };

  return {
    url,
    base: url.replace(/\/graphql$/, ''),
    service,
    prefix,
    stream,
    nc,
    js,
    em,
    token: (c) => issuer.token(c),
    call: (query, o) => graphql(url, query, o),
    ok: (query, o) => ok(url, query, o),
    organisationEvent,
    async enterprise(o = {}) {
      const organisationId = randomUUID();
      const name = o.name ?? `测试建筑工程有限公司${organisationId.slice(0, 4)}`;
      const uscc = o.uscc ?? USCCS[0]!;
      await organisationEvent('approved', {
        organisationId,
        name,
        uscc,
        divisionCode: o.divisionCode ?? '230103',
      });
      const token = await issuer.token({
        roles: ['ENTERPRISE'],
        organisationId,
        jurisdiction: o.divisionCode ?? '230103',
      });
      return { organisationId, token, uscc, name };
    },
    async close() {
      await service.stop();
      await nc.drain().catch(() => {});
      await events.delete();
      await orm.close();
      await issuer.close();
      await db.drop();
    },
  };
}

/** A valid 新增项目 input; override fields to make it invalid. */
export function projectInput(overrides: Record<string, unknown> = {}) {
  return {
    name: '哈尔滨市南岗区某住宅小区1#楼工程',
    code: '2408-230103-04-01-996708',
    divisionCode: '230103',
    detailAddress: '学府路74号',
    longitude: 126.64,
    latitude: 45.75,
    costYuan: '12345678.90',
    ownerUnit: '哈尔滨某房地产开发有限公司',
    category: 'BUILDING',
    plannedStart: '2026-03-01',
    plannedEnd: '2027-02-28',
    ...overrides,
  };
}

export const PROJECT_FIELDS = `id name code divisionCode address detailAddress longitude latitude costFen costYuan
  investmentWan ownerUnit constructorName constructorUscc category categoryLabel durationDays plannedStart plannedEnd
  status statusLabel organisationId createdAt updatedAt version`;

export const CREATE = `mutation($i: ProjectInput!) { createProject(input: $i) {
  project { ${PROJECT_FIELDS} } warnings { code message field } } }`;
export const UPDATE = `mutation($id: ID!, $v: Int!, $i: ProjectInput!) { updateProject(id: $id, version: $v, input: $i) {
  project { ${PROJECT_FIELDS} } warnings { code message field } } }`;
export const STATUS = `mutation($id: ID!, $s: ProjectStatus!, $r: String) { changeProjectStatus(id: $id, status: $s, reason: $r) {
  id status version } }`;

export interface CreatedProject {
  id: string;
  version: number;
  [k: string]: unknown;
}

export async function createProject(h: Harness, token: string, overrides: Record<string, unknown> = {}) {
  const d = await h.ok<{ createProject: { project: CreatedProject; warnings: Array<{ code: string }> } }>(
    CREATE,
    {
      token,
      variables: { i: projectInput(overrides) },
    },
  );
  return d.createProject;
}
