// The analytics service on a fresh database, its own events stream and subject prefix on the shared NATS, and a
// token issuer; events are published straight to JetStream as identity's and projects' relays would.
import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import { applyMigrations, type MikroORM } from '@anze/orm';
import { createEvent, ensureStream, subjectFor, type EventEnvelope } from '@anze/events';
import {
  createTestDatabase,
  graphql,
  NATS_URL,
  ok,
  startTestIssuer,
  TEST_GATEWAY_SECRET,
  type CallOptions,
  type TestIssuer,
} from '@anze/testing';
import type { Role } from '@anze/auth';
import { loadConfig, type AnalyticsConfig } from '../src/config.ts';
import { startAnalytics, type AnalyticsService } from '../src/app.ts';
import { analyticsOrm } from '../src/orm.ts';
import { SOURCES } from '../src/events/sources.ts';

export interface Harness {
  readonly url: string;
  readonly service: AnalyticsService | null;
  config: AnalyticsConfig;
  issuer: TestIssuer;
  js: JetStreamClient;
  jsm: JetStreamManager;
  nc: NatsConnection;
  /** A second ORM on the service's database, for assertions on rows. */
  em(): EntityManager;
  /** Publishes with msgID = event id, as the outbox relay does; pass another msgID to simulate a redelivered copy. */
  publish(event: EventEnvelope, msgID?: string): Promise<number>;
  /** Waits until both durable consumers have nothing pending or unacknowledged. */
  settle(timeoutMs?: number): Promise<void>;
  token(roles: Role[], jurisdiction?: string | null): Promise<string>;
  call<T = Record<string, unknown>>(query: string, o?: CallOptions): ReturnType<typeof graphql<T>>;
  ok<T = Record<string, unknown>>(query: string, o?: CallOptions): Promise<T>;
  stopService(): Promise<void>;
  startService(): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(label: string, env: Record<string, string> = {}): Promise<Harness> {
  const db = await createTestDatabase(`analytics_${label}`);
  const orm: MikroORM = await analyticsOrm(db.url);
  await applyMigrations(orm);
  const issuer = await startTestIssuer();
  const suffix = randomBytes(4).toString('hex');
  const config = loadConfig({
    ANALYTICS_DATABASE_URL: db.url,
    NATS_URL,
    GATEWAY_SECRET: TEST_GATEWAY_SECRET,
    PORT: '0',
    AUTH_JWKS_URL: issuer.jwksUrl,
    EVENTS_STREAM: `T_ANALYTICS_${suffix}`,
    EVENTS_SUBJECT_PREFIX: `ta${suffix}`,
    ANALYTICS_PENDING_CACHE_MS: '0',
    // Messages in flight when a service stops come back after the ack wait: keep restarts quick.
    ANALYTICS_ACK_WAIT_MS: '2000',
    ...env,
  });
  const nc = await connect({ servers: NATS_URL, name: 'analytics-test' });
  const jsm = await jetstreamManager(nc);
  await ensureStream(jsm, { name: config.eventsStream, prefix: config.eventsPrefix });
  const js = jetstream(nc);
  let service: AnalyticsService | null = null;

  const h: Harness = {
    get url() {
      if (!service) throw new Error('service is stopped');
      return service.url;
    },
    get service() {
      return service;
    },
    config,
    issuer,
    js,
    jsm,
    nc,
    em: () => orm.em.fork() as EntityManager,
    async publish(event, msgID = event.id) {
      const ack = await js.publish(subjectFor(event, config.eventsPrefix), JSON.stringify(event), { msgID });
      return ack.seq;
    },
    async settle(timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const infos = await Promise.all(
          SOURCES.map((s) => jsm.consumers.info(config.eventsStream, s.durable)),
        );
        if (infos.every((i) => i.num_pending === 0 && i.num_ack_pending === 0)) return;
        if (Date.now() > deadline)
          throw new Error(
            `consumers did not settle: ${JSON.stringify(infos.map((i) => [i.name, i.num_pending, i.num_ack_pending]))}`,
          );
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    token: (roles, jurisdiction = null) => issuer.token({ roles, jurisdiction }),
    call: (query, o) => graphql(h.url, query, o),
    ok: (query, o) => ok(h.url, query, o),
    async stopService() {
      await service?.stop();
      service = null;
    },
    async startService() {
      service ??= await startAnalytics(config);
    },
    async close() {
      await h.stopService();
      await jsm.streams.delete(config.eventsStream).catch(() => {});
      await nc.drain();
      await issuer.close();
      await orm.close();
      await db.drop();
    },
  };
  try {
    await h.startService();
  } catch (error) {
    await h.close();
    throw error;
  }
  return h;
}

// ---- events as identity and projects publish them (the contracts in README.md) ----

let clock = Date.parse('2026-01-01T00:00:00Z');
/** Strictly increasing occurredAt, so "later" in a test is later for the facts' field versions too. */
function tick(): string {
  clock += 1000;
  return new Date(clock).toISOString();
}

export interface ProjectData {
  projectId: string;
  divisionCode: string;
  constructorUscc: string;
  status: 'UNDER_CONSTRUCTION' | 'SUSPENDED' | 'COMPLETED';
}

/** The payload projects publishes for a project (its catalogue's shape), from what a test varies. */
function projectData(p: ProjectData) {
  return {
    projectId: p.projectId,
    code: `XM-${p.projectId.slice(0, 8)}`,
    name: '测试工程',
    divisionCode: p.divisionCode,
    category: 'BUILDING',
    costFen: '1200000000',
    constructorUscc: p.constructorUscc,
    constructorName: '测试建筑工程有限公司',
    organisationId: p.projectId,
    status: p.status,
    plannedStart: '2026-01-01',
    plannedEnd: '2027-01-01',
  };
}

export function projectEvent(kind: 'registered' | 'updated', p: ProjectData, changed: string[] = []) {
  return createEvent({
    type: `projects.project.${kind}`,
    divisionCode: p.divisionCode,
    aggregate: { type: 'project', id: p.projectId },
    occurredAt: tick(),
    data: {
      ...projectData(p),
      ...(kind === 'updated' ? { changedFields: changed } : {}),
      // An extra field a later version might add: consumers must tolerate it.
      futureField: { anything: true },
    },
  });
}

export function statusChanged(p: ProjectData, from: string) {
  return createEvent({
    type: 'projects.project.status_changed',
    divisionCode: p.divisionCode,
    aggregate: { type: 'project', id: p.projectId },
    occurredAt: tick(),
    data: { ...projectData(p), from, to: p.status },
  });
}

export interface OrganisationData {
  organisationId: string;
  organisationType: 'ENTERPRISE' | 'INSURER' | 'BROKER' | 'PREVENTION_ORG' | 'REGULATOR' | 'PLATFORM';
  uscc: string;
  divisionCode: string;
  registrationStatus: 'PENDING' | 'APPROVED' | 'REJECTED';
}

export function organisationEvent(
  kind: 'registered' | 'approved' | 'rejected' | 'updated' | 'resubmitted',
  o: OrganisationData,
) {
  return createEvent({
    type: `identity.organisation.${kind}`,
    divisionCode: o.divisionCode,
    aggregate: { type: 'organisation', id: o.organisationId },
    occurredAt: tick(),
    data: {
      organisationId: o.organisationId,
      organisationType: o.organisationType,
      name: '测试单位',
      uscc: o.uscc,
      divisionCode: o.divisionCode,
      registrationStatus: o.registrationStatus,
      ...(kind === 'rejected' ? { reason: '材料不全' } : {}),
    },
  });
}

let usccCounter = 0;
/** A distinct 18-character code per call (analytics does not check USCC digits; identity and projects do). */
export function uscc(): string {
  usccCounter++;
  return `91230100${String(usccCounter).padStart(6, '0')}${randomBytes(2).toString('hex').toUpperCase()}`;
}

export const id = () => randomUUID();

export const METRICS = `query ($code: String) {
  regulatorMetrics(divisionCode: $code) {
    divisionCode divisionName level projectTotal enterprisesWithProjects registeredEnterprises
    registrationRatio { numerator denominator percentage }
    children { divisionCode divisionName level projectTotal enterprisesWithProjects registeredEnterprises
      registrationRatio { numerator denominator percentage } }
    freshness { lastEventOccurredAt lastAppliedAt lagSeconds pending sources { source pending lastStreamSequence } }
  }
}`;

export interface Metrics {
  divisionCode: string;
  divisionName: string;
  level: string;
  projectTotal: number;
  enterprisesWithProjects: number;
  registeredEnterprises: number;
  registrationRatio: { numerator: number; denominator: number; percentage: number | null };
  children: Array<Omit<Metrics, 'children' | 'freshness'>>;
  freshness: {
    lastEventOccurredAt: string | null;
    lastAppliedAt: string | null;
    lagSeconds: number | null;
    pending: number | null;
    sources: Array<{ source: string; pending: number | null; lastStreamSequence: number | null }>;
  };
}

/** 项目总数, enterprises with projects, registered enterprises of a division, as an admin sees them. */
export async function numbers(h: Harness, code: string): Promise<[number, number, number]> {
  const token = await h.token(['PLATFORM_ADMIN']);
  const m = (await h.ok<{ regulatorMetrics: Metrics }>(METRICS, { token, variables: { code } }))
    .regulatorMetrics;
  return [m.projectTotal, m.enterprisesWithProjects, m.registeredEnterprises];
}

/** Counter rows as stored, without all-zero rows (the live path keeps them, a rebuild does not create them). */
export async function counterRows(h: Harness): Promise<string[]> {
  const rows = await h.em().execute<Array<Record<string, unknown>>>(
    `select division_code, project_total, enterprises_with_projects, registered_enterprises from division_counter
       where project_total <> 0 or enterprises_with_projects <> 0 or registered_enterprises <> 0 order by division_code`,
  );
  return rows.map(
    (r) => `${r.division_code} ${r.project_total} ${r.enterprises_with_projects} ${r.registered_enterprises}`,
  );
}
