// projects' test fixtures on the common harness: enterprises become known the way they do in production, by
// identity.organisation.* events on the harness's stream, applied by the enterprise consumer.
import { randomUUID } from 'node:crypto';
import {
  organisationEvent as organisationEnvelope,
  startSubgraphHarness,
  TEST_USCC,
  type OrganisationEventData,
  type OrganisationEventKind,
  type SubgraphHarness,
} from '@anze/testing';
import manifest from '../src/manifest.ts';
import type { ProjectsConfig } from '../src/config.ts';
import type { ProjectsService } from '../src/app.ts';

export { waitFor } from '@anze/testing';

export interface Harness extends SubgraphHarness<ProjectsConfig, ProjectsService> {
  /** Publishes identity.organisation.<event> v1 for an organisation; resolves once the consumer applied it. */
  organisationEvent<K extends OrganisationEventKind>(
    event: K,
    org: Partial<OrganisationEventData<K>> & { organisationId: string },
    o?: { wait?: boolean; id?: string },
  ): Promise<string>;
  /** An approved enterprise and a token for its user. */
  enterprise(o?: {
    divisionCode?: string;
    name?: string;
    uscc?: string;
  }): Promise<{ organisationId: string; token: string; uscc: string; name: string }>;
}

export async function startHarness(label: string): Promise<Harness> {
  const h = await startSubgraphHarness(manifest, { label });
  let n = 0;
  const organisationEvent: Harness['organisationEvent'] = async (event, org, o = {}) => {
    const envelope = organisationEnvelope(event, org, { id: o.id });
    // A fresh msgID each time: a test that repeats an event id means a copy JetStream's dedupe window missed.
    await h.publish(envelope, `${envelope.id}-${n++}`);
    if (o.wait !== false) await h.settle();
    return envelope.id;
  };
  return Object.assign(h, {
    organisationEvent,
    async enterprise(o: Parameters<Harness['enterprise']>[0] = {}) {
      const organisationId = randomUUID();
      const name = o.name ?? `测试建筑工程有限公司${organisationId.slice(0, 4)}`;
      const uscc = o.uscc ?? TEST_USCC;
      const divisionCode = o.divisionCode ?? '230103';
      await organisationEvent('approved', { organisationId, name, uscc, divisionCode });
      const token = await h.token({ roles: ['ENTERPRISE'], organisationId, jurisdiction: divisionCode });
      return { organisationId, token, uscc, name };
    },
  });
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
