// The projection against an independent model of a few hundred random events (identity's, projects',
// underwriting's policies and claims'): after a consumer is stopped mid-stream and restarted, after a rebuild from the stream
// (live = replay), and with redelivered copies.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { EventEnvelope } from '@anze/events';
import { childrenOf } from '@anze/dictionaries';
import { NATS_URL } from '@anze/testing';
import { rebuildReadModels } from '../src/events/rebuild.ts';
import {
  claimEvent,
  counterRows,
  id,
  organisationEvent,
  policyEvent,
  projectEvent,
  startHarness,
  statusChanged,
  uscc,
  type ClaimData,
  type ClaimEventKind,
  type Harness,
  type OrganisationData,
  type ProjectData,
} from './fixtures.ts';

let h: Harness;
before(async () => {
  h = await startHarness('consistency');
});
after(async () => {
  await h?.close();
});

// ---- a deterministic random event source and the model it implies ----

let seed = 20260101;
function random(): number {
  // mulberry32: reproducible runs, so a failure can be replayed.
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const COUNTIES = [
  ...childrenOf('230100').slice(0, 3),
  ...childrenOf('230200').slice(0, 2),
  ...childrenOf('110100').slice(0, 1),
].map((d) => d.code);
// 东莞: a city without counties is its own finest unit.
COUNTIES.push('441900');
const USCCS = Array.from({ length: 25 }, () => uscc());
const STATUSES = ['UNDER_CONSTRUCTION', 'SUSPENDED', 'COMPLETED'] as const;

const projects = new Map<string, ProjectData>();
const organisations = new Map<string, OrganisationData>();
/** Projects with an issued policy, and the policies issued (for 顺延). */
const insured = new Set<string>();
const policies: Array<{ policyId: string; projectId: string }> = [];
const published: EventEnvelope[] = [];
const claims = new Map<string, ClaimData>();

/** A claim event: a new report, or a step of a claim's life (accepted, settled, declined, corrected, reopened). */
function nextClaimEvent(): EventEnvelope {
  const open = [...claims.values()];
  if (!open.length || random() < 0.35) {
    const c: ClaimData = {
      claimId: id(),
      divisionCode: pick(COUNTIES),
      status: 'REPORTED',
      settledAmountFen: null,
    };
    claims.set(c.claimId, c);
    return claimEvent('reported', c);
  }
  const c = pick(open);
  const amount = () => String(Math.floor(random() * 50_000_000) + 1);
  const steps: Array<[ClaimEventKind, ClaimData]> =
    c.status === 'SETTLED'
      ? [
          ['corrected', { ...c, settledAmountFen: amount() }],
          ['reopened', { ...c, status: 'ACCEPTED' }],
        ]
      : c.status === 'DECLINED'
        ? [['corrected', c]]
        : [
            ['accepted', { ...c, status: 'ACCEPTED' }],
            ['settled', { ...c, status: 'SETTLED', settledAmountFen: amount() }],
            ['settled', { ...c, status: 'SETTLED', settledAmountFen: amount() }],
            ['declined', { ...c, status: 'DECLINED' }],
          ];
  const [kind, next] = pick(steps);
  claims.set(c.claimId, next);
  return claimEvent(kind, next);
}

function nextEvent(): EventEnvelope {
  if (random() < 0.15) return nextClaimEvent();
  const r = random();
  // Policies: an issue for any project (now and then a second one for a project already insured), or a 顺延.
  if (r >= 0.9 && projects.size >= 5) {
    const renewal = policies.length > 0 && random() < 0.3;
    const p = projects.get(renewal ? pick(policies).projectId : pick([...projects.keys()]))!;
    insured.add(p.projectId);
    if (renewal && random() < 0.5)
      return policyEvent('extended', p, {
        policyId: policies.find((x) => x.projectId === p.projectId)!.policyId,
      });
    const e = policyEvent('issued', p);
    policies.push({ policyId: e.data.policyId, projectId: p.projectId });
    return e;
  }
  if (r < 0.27 || projects.size < 5) {
    const p: ProjectData = {
      projectId: id(),
      divisionCode: pick(COUNTIES),
      constructorUscc: pick(USCCS),
      status: random() < 0.8 ? 'UNDER_CONSTRUCTION' : pick(STATUSES),
    };
    projects.set(p.projectId, p);
    return projectEvent('registered', p);
  }
  if (r < 0.4) {
    const p = pick([...projects.values()]);
    const moved: ProjectData = {
      ...p,
      divisionCode: random() < 0.5 ? pick(COUNTIES) : p.divisionCode,
      constructorUscc: random() < 0.3 ? pick(USCCS) : p.constructorUscc,
    };
    projects.set(p.projectId, moved);
    return projectEvent('updated', moved, ['divisionCode', 'constructorUscc']);
  }
  if (r < 0.58) {
    const p = pick([...projects.values()]);
    const changed: ProjectData = { ...p, status: pick(STATUSES) };
    projects.set(p.projectId, changed);
    return statusChanged(changed, p.status);
  }
  if (r < 0.72 || organisations.size === 0) {
    const o: OrganisationData = {
      organisationId: id(),
      organisationType: random() < 0.85 ? 'ENTERPRISE' : 'INSURER',
      uscc: pick(USCCS),
      divisionCode: pick(COUNTIES),
      registrationStatus: 'PENDING',
    };
    organisations.set(o.organisationId, o);
    return organisationEvent('registered', o);
  }
  const o = pick([...organisations.values()]);
  const kind = pick(['approved', 'approved', 'rejected', 'resubmitted'] as const);
  const status = kind === 'approved' ? 'APPROVED' : kind === 'rejected' ? 'REJECTED' : 'PENDING';
  const changed = { ...o, registrationStatus: status } as OrganisationData;
  organisations.set(o.organisationId, changed);
  return organisationEvent(kind, changed);
}

/** Publishes `n` random events; now and then a copy of an earlier one under another msgID (a redelivery). */
async function publishRandom(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    if (published.length > 10 && random() < 0.05) {
      const copy = pick(published);
      await h.publish(copy, `${copy.id}-copy-${i}`);
      continue;
    }
    const e = nextEvent();
    published.push(e);
    await h.publish(e);
  }
}

/**
 * The expected counter rows, computed naively: filter valid projects by code prefix, count distinct enterprises;
 * insured projects (any status) and the valid ones among them.
 */
function expectedRows(): string[] {
  const registered = new Set(
    [...organisations.values()]
      .filter((o) => o.organisationType === 'ENTERPRISE' && o.registrationStatus === 'APPROVED')
      .map((o) => o.uscc),
  );
  const valid = [...projects.values()].filter((p) => p.status !== 'COMPLETED');
  const covered = [...projects.values()].filter((p) => insured.has(p.projectId));
  const codes = new Set<string>();
  for (const { divisionCode: c } of [...valid, ...covered, ...claims.values()]) {
    for (const code of ['000000', `${c.slice(0, 2)}0000`, `${c.slice(0, 4)}00`, c]) codes.add(code);
  }
  const prefixOf = (code: string) =>
    code === '000000'
      ? ''
      : code.endsWith('0000')
        ? code.slice(0, 2)
        : code.endsWith('00')
          ? code.slice(0, 4)
          : code;
  return [...codes].sort().map((code) => {
    const within = (p: ProjectData) => p.divisionCode.startsWith(prefixOf(code));
    const inside = valid.filter(within);
    const enterprises = new Set(inside.map((p) => p.constructorUscc));
    const reg = [...enterprises].filter((u) => registered.has(u)).length;
    const insuredHere = covered.filter(within);
    const insuredValid = insuredHere.filter((p) => p.status !== 'COMPLETED').length;
    // 出险笔数: every claim whatever its state; 赔款金额: the amounts entered (a reopened claim keeps what was paid
    // until it is settled again), none for a declined one.
    const claimsHere = [...claims.values()].filter((c) => c.divisionCode.startsWith(prefixOf(code)));
    const paid = claimsHere
      .filter((c) => c.status !== 'DECLINED' && c.settledAmountFen !== null)
      .reduce((sum, c) => sum + BigInt(c.settledAmountFen!), 0n);
    return (
      `${code} ${inside.length} ${enterprises.size} ${reg} ${insuredHere.length} ${insuredValid} ` +
      `${claimsHere.length} ${paid}`
    );
  });
}

async function snapshot(): Promise<Record<string, unknown>> {
  const em = h.em();
  const q = (sql: string) => em.execute<Array<Record<string, unknown>>>(sql);
  return {
    counters: await counterRows(h),
    perEnterprise: await q('select * from division_enterprise order by division_code, uscc'),
    projects: await q(
      'select project_id, county_code, uscc, status, valid, insured from project_fact order by project_id',
    ),
    organisations: await q(
      'select organisation_id, uscc, registered from organisation_fact order by organisation_id',
    ),
    claims: await q('select * from claim_fact order by claim_id'),
  };
}

test('a consumer stopped mid-stream and restarted resumes without loss', async () => {
  await publishRandom(150);
  // Stopped right after publishing: some events are applied, some buffered (handed back), some not yet pulled.
  await h.stop();
  const applied = await h.em().execute<Array<{ n: string }>>('select count(*) as n from inbox');
  await publishRandom(150);
  await h.start();
  await h.settle(30_000);
  assert.ok(Number(applied[0]!.n) > 0, 'the first service applied something before it stopped');
  assert.deepEqual(await counterRows(h), expectedRows());
});

test('a rebuild from the stream gives the same read models as the live projection', async () => {
  await publishRandom(100);
  await h.settle(30_000);
  const live = await snapshot();
  assert.deepEqual(live.counters, expectedRows());
  // Policies fold into the same project facts as projects' events (the policy durable is replayed on its own).
  assert.ok(insured.size > 0 && (live.counters as string[]).some((row) => row.split(' ')[4] !== '0'));
  // So do claims, with settled amounts.
  assert.ok((live.counters as string[]).some((row) => row.split(' ')[7] !== '0'));
  const result = await rebuildReadModels({
    js: h.js,
    stream: h.config.eventsStream,
    prefix: h.config.eventsPrefix,
    em: h.em(),
  });
  assert.equal(result.events, published.length);
  assert.ok(result.duplicates > 0, 'the random stream contains redelivered copies');
  assert.deepEqual(await snapshot(), live);

  // The live consumers carry on after a rebuild without counting anything twice.
  await publishRandom(50);
  await h.settle(30_000);
  assert.deepEqual(await counterRows(h), expectedRows());
});

test('npm run replay rebuilds the read models while the service runs', async () => {
  const before = await snapshot();
  await h.em().execute('delete from division_counter where division_code = ?', ['000000']);
  assert.notDeepEqual(await snapshot(), before);
  const root = fileURLToPath(new URL('..', import.meta.url));
  await promisify(execFile)(process.execPath, ['src/replay.ts'], {
    cwd: root,
    env: {
      ...process.env,
      ANALYTICS_DATABASE_URL: h.config.databaseUrl,
      NATS_URL,
      EVENTS_STREAM: h.config.eventsStream,
      EVENTS_SUBJECT_PREFIX: h.config.eventsPrefix,
      ANZE_LOG_LEVEL: 'warn',
    },
  });
  assert.deepEqual(await snapshot(), before);
});
