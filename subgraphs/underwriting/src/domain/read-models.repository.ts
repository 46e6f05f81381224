// Reads and upserts of the read models kept from other subgraphs' events (parties, partnerships, projects, documents,
// claims). Each upsert keeps the newest state: replicas share a durable, so an older redelivery never undoes a newer event.
import type { EntityManager } from '@mikro-orm/postgresql';
import { insertRows } from '@anze/orm';
import { KnownDocument, Party, Partnership, type IKnownDocument, type IParty } from './party.entity.ts';
import { InsuredProject, type IInsuredProject } from './insured-project.entity.ts';
import { EnterpriseAccident, type IEnterpriseAccident } from './accident.entity.ts';

type Row<T> = Omit<T, 'lastEventAt'> & { lastEventAt: Date };

/** Whether an event of `at` is older than what `existing` already holds (then it is skipped). */
const isStale = (existing: { lastEventAt: Date } | null, at: Date) =>
  existing !== null && existing.lastEventAt > at;

export async function saveParty(em: EntityManager, row: Row<IParty>): Promise<void> {
  const existing = await em.findOne(Party, { id: row.id });
  if (isStale(existing, row.lastEventAt)) return;
  if (existing) em.assign(existing, row);
  else em.create(Party, row);
}

export async function saveInsuredProject(em: EntityManager, row: Row<IInsuredProject>): Promise<void> {
  const existing = await em.findOne(InsuredProject, { id: row.id });
  if (isStale(existing, row.lastEventAt)) return;
  if (existing) em.assign(existing, row);
  else em.create(InsuredProject, row);
}

/**
 * A batch of projects' events at once (the projects consumer's batch path): the newest row per project, upserted in
 * one statement that, like saveInsuredProject, never replaces a newer stored state.
 */
export async function saveInsuredProjects(
  em: EntityManager,
  rows: Array<Row<IInsuredProject>>,
): Promise<void> {
  const newest = new Map<string, Row<IInsuredProject>>();
  for (const row of rows) {
    const seen = newest.get(row.id);
    if (!seen || seen.lastEventAt <= row.lastEventAt) newest.set(row.id, row);
  }
  await insertRows(em, InsuredProject, [...newest.values()], { onConflict: { newest: 'lastEventAt' } });
}

export async function saveKnownDocument(em: EntityManager, row: Row<IKnownDocument>): Promise<void> {
  const existing = await em.findOne(KnownDocument, { id: row.id });
  if (isStale(existing, row.lastEventAt)) return;
  if (existing) em.assign(existing, row);
  else em.create(KnownDocument, row);
}

export async function saveEnterpriseAccident(
  em: EntityManager,
  row: Row<IEnterpriseAccident>,
): Promise<void> {
  const existing = await em.findOne(EnterpriseAccident, { id: row.id });
  if (isStale(existing, row.lastEventAt)) return;
  if (existing) em.assign(existing, row);
  else em.create(EnterpriseAccident, row);
}

/** A declined claim (拒赔) was not an accident the policy answers for; every other state is one. */
const NOT_AN_ACCIDENT = 'DECLINED';

/** The enterprise's accidents with 出险日期 in the window (both ends included), newest first. */
export function findAccidents(
  em: EntityManager,
  organisationId: string,
  window: { from: string; to: string },
): Promise<IEnterpriseAccident[]> {
  return em.find(
    EnterpriseAccident,
    {
      organisationId,
      accidentDate: { $gte: window.from, $lte: window.to },
      status: { $ne: NOT_AN_ACCIDENT },
    },
    { orderBy: { accidentDate: 'desc', claimNumber: 'desc' } },
  );
}

export async function savePartnership(
  em: EntityManager,
  row: { brokerId: string; insurerId: string; active: boolean; lastEventAt: Date },
): Promise<void> {
  const existing = await em.findOne(Partnership, { brokerId: row.brokerId, insurerId: row.insurerId });
  if (isStale(existing, row.lastEventAt)) return;
  if (existing) em.assign(existing, row);
  else em.create(Partnership, row);
}

export function findParty(em: EntityManager, id: string): Promise<IParty | null> {
  return em.findOne(Party, { id });
}

export function findParties(em: EntityManager, ids: readonly string[]): Promise<IParty[]> {
  return ids.length ? em.find(Party, { id: { $in: [...ids] } }) : Promise.resolve([]);
}

export function findInsuredProject(em: EntityManager, id: string): Promise<IInsuredProject | null> {
  return em.findOne(InsuredProject, { id });
}

export function findKnownDocuments(em: EntityManager, ids: readonly string[]): Promise<IKnownDocument[]> {
  return ids.length ? em.find(KnownDocument, { id: { $in: [...ids] } }) : Promise.resolve([]);
}

/** The insurers a broker partners with (active partnerships). */
export async function partnerInsurersOf(em: EntityManager, brokerId: string): Promise<string[]> {
  return (await em.find(Partnership, { brokerId, active: true }, { fields: ['insurerId'] })).map(
    (p) => p.insurerId,
  );
}

/** The brokers partnering with an insurer: they read its applications' documents. */
export async function partnerBrokersOf(em: EntityManager, insurerId: string): Promise<string[]> {
  return (await em.find(Partnership, { insurerId, active: true }, { fields: ['brokerId'] })).map(
    (p) => p.brokerId,
  );
}

export async function isPartnership(
  em: EntityManager,
  brokerId: string,
  insurerId: string,
): Promise<boolean> {
  return (await em.count(Partnership, { brokerId, insurerId, active: true })) > 0;
}

/** Approved insurers, by name, with their partner brokers. */
export async function insurersWithBrokers(em: EntityManager): Promise<Array<IParty & { brokers: IParty[] }>> {
  const insurers = await em.find(
    Party,
    { organisationType: 'INSURER', registrationStatus: 'APPROVED' },
    { orderBy: { name: 'asc' } },
  );
  const links = await em.find(Partnership, { active: true });
  const brokers = await em.find(Party, { organisationType: 'BROKER', registrationStatus: 'APPROVED' });
  const byId = new Map(brokers.map((b) => [b.id, b]));
  return insurers.map((i) => ({
    ...i,
    brokers: links
      .filter((l) => l.insurerId === i.id && byId.has(l.brokerId))
      .map((l) => byId.get(l.brokerId)!)
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
  }));
}
