// CONTEXT: issue 3 — outside subscribers read docs/events (AsyncAPI); the events the services really publish must
// fit it. The whole platform runs on a private stream; a scenario through the gateway makes every subgraph publish
// (enterprises registered, approved and rejected; a project registered, edited and suspended; a major hazard; an
// upload), then every message in the stream is read back and validated against the union of the catalogues.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createEventValidator, subjectFor, type EventEnvelope } from '@anze/events';
import { eventually, samplePdf } from '@anze/testing';
import { demoUscc } from '@anze/identity/demo';
import { SUBGRAPHS } from '@anze/registry';
import { startPlatformTestbed, type PlatformTestbed } from '../src/testbed.ts';

// Every publishing subgraph's catalogue, as its manifest declares it.
const CATALOGUE = (
  await Promise.all(SUBGRAPHS.map((m) => m.events.catalogue?.load() ?? Promise.resolve([])))
).flat();

// CONTEXT: a consumer whose types no subgraph publishes waits forever, silently (a renamed type, a typo).
test('every consumer a manifest declares reads types some subgraph publishes', () => {
  for (const m of SUBGRAPHS)
    for (const c of m.events.consumers) {
      const pattern = new RegExp(`^${c.types.replaceAll('.', '\\.').replaceAll('*', '[^.]+')}$`);
      assert.ok(
        CATALOGUE.some((e) => pattern.test(e.type)),
        `${m.name}: consumer ${c.durable} reads ${c.types}, which no catalogue declares`,
      );
    }
});
// Personal data of the registrations below: it must stay in identity's database.
const CONTACT_NAME = '赵目录';
const CONTACT_MOBILE = '13945678901';

let platform: PlatformTestbed;
before(async () => (platform = await startPlatformTestbed()));
after(() => platform?.close());

const gql = <T>(query: string, token: string | undefined, variables?: Record<string, unknown>) =>
  platform.ok<T>(query, { token, variables });
const login = (username: string) => platform.login(username);

async function registerEnterprise(serial: number, name: string): Promise<string> {
  const r = await gql<{ registerEnterprise: { organisationId: string } }>(
    'mutation($input: EnterpriseRegistrationInput!) { registerEnterprise(input: $input) { organisationId } }',
    undefined,
    {
      input: {
        profile: {
          name,
          divisionCode: '230103',
          uscc: demoUscc('230103', serial),
          registeredAddress: '哈尔滨市南岗区南通大街258号',
          businessAddress: '哈尔滨市南岗区南通大街258号',
          contactName: CONTACT_NAME,
          contactMobile: CONTACT_MOBILE,
          contactEmail: 'catalogue-test@example.com',
          legalRepresentative: CONTACT_NAME,
          legalRepresentativeMobile: CONTACT_MOBILE,
          businessScope: '房屋建筑工程施工',
        },
        password: 'Str0ng!Passw0rd',
      },
    },
  );
  return r.registerEnterprise.organisationId;
}

const PROJECT = {
  name: '哈尔滨市南岗区事件目录验证工程',
  code: '2408-230103-04-01-881001',
  divisionCode: '230103',
  detailAddress: '学府路 74 号',
  costYuan: '12500000.00',
  ownerUnit: '哈尔滨学府置业有限公司',
  category: 'BUILDING',
  plannedStart: '2026-03-01',
  plannedEnd: '2027-02-28',
};

interface StreamEvent {
  seq: number;
  subject: string;
  msgId: string | undefined;
  body: string;
  envelope: EventEnvelope;
}

/** Every message the stream holds, in order. */
async function readStream(): Promise<StreamEvent[]> {
  const { jsm, stream } = platform.identity;
  const { state } = await jsm.streams.info(stream);
  const out: StreamEvent[] = [];
  for (let seq = state.first_seq; seq <= state.last_seq && state.messages > 0; seq++) {
    const m = await jsm.streams.getMessage(stream, { seq });
    if (!m) continue;
    out.push({
      seq,
      subject: m.subject,
      msgId: m.header?.get('Nats-Msg-Id'),
      body: m.string(),
      envelope: m.json<EventEnvelope>(),
    });
  }
  return out;
}

test('every event the services publish is in the catalogue, fits its schema and travels on its subject', async () => {
  const regulator = await login('hlj-zjt');
  const enterprise = await login(platform.identity.accounts.find((a) => a.role === 'ENTERPRISE')!.username);

  // identity: two self-registrations, one approved and one rejected by the provincial regulator.
  const approved = await registerEnterprise(811, '哈尔滨事件目录甲建筑有限公司');
  const rejected = await registerEnterprise(812, '哈尔滨事件目录乙建筑有限公司');
  await gql('mutation($id: ID!) { approveRegistration(organisationId: $id) { id } }', regulator, {
    id: approved,
  });
  await gql(
    'mutation($id: ID!, $r: String!) { rejectRegistration(organisationId: $id, reason: $r) { id } }',
    regulator,
    {
      id: rejected,
      r: '营业执照不清晰',
    },
  );

  // projects: registered (once identity's approval of the demo enterprise has reached projects), edited, suspended,
  // and a major hazard source with its responsible person, who must not travel.
  const created = await eventually(
    () =>
      gql<{ createProject: { project: { id: string; version: number } } }>(
        'mutation($i: ProjectInput!) { createProject(input: $i) { project { id version } } }',
        enterprise,
        { i: PROJECT },
      ),
    30_000,
  );
  const { id: projectId, version } = created.createProject.project;
  await gql(
    'mutation($id: ID!, $v: Int!, $i: ProjectInput!) { updateProject(id: $id, version: $v, input: $i) { project { id } } }',
    enterprise,
    { id: projectId, v: version, i: { ...PROJECT, name: `${PROJECT.name}（二期）` } },
  );
  await gql(
    'mutation($id: ID!, $s: ProjectStatus!, $r: String) { changeProjectStatus(id: $id, status: $s, reason: $r) { id } }',
    enterprise,
    { id: projectId, s: 'SUSPENDED', r: '冬季停工' },
  );
  await gql(
    'mutation($p: ID!, $i: MajorHazardInput!) { registerMajorHazard(projectId: $p, input: $i) { id } }',
    enterprise,
    {
      p: projectId,
      i: {
        type: 'HIGH_FORMWORK',
        location: '3#楼地下室顶板',
        controlMeasures: '编制专项施工方案，组织专家论证',
        responsiblePerson: CONTACT_NAME,
        responsiblePhone: CONTACT_MOBILE,
        periodStart: '2026-05-01',
        periodEnd: '2026-07-31',
      },
    },
  );

  // documents: an upload whose file name carries a person's name.
  const form = new FormData();
  form.append('kind', 'BUSINESS_LICENSE');
  form.append('file', new Blob([samplePdf()]), `${CONTACT_NAME}的营业执照.pdf`);
  const upload = await fetch(platform.gateway.url.replace(/\/graphql$/, '/files'), {
    method: 'POST',
    headers: { authorization: `Bearer ${enterprise}` },
    body: form,
  });
  assert.equal(upload.status, 201, await upload.clone().text());

  const expected = [
    'identity.organisation.registered',
    'identity.organisation.approved',
    'identity.organisation.rejected',
    'projects.project.registered',
    'projects.project.updated',
    'projects.project.status_changed',
    'projects.major_hazard.registered',
    'documents.document.uploaded',
  ];
  // The relays publish shortly after each commit.
  const events = await eventually(async () => {
    const all = await readStream();
    const seen = new Set(all.map((e) => e.envelope.type));
    assert.deepEqual(
      expected.filter((t) => !seen.has(t)),
      [],
      'types not yet in the stream',
    );
    return all;
  }, 30_000);

  const validate = createEventValidator(CATALOGUE);
  const { prefix } = platform.identity;
  for (const e of events) {
    const where = `#${e.seq} ${e.subject}`;
    assert.deepEqual(validate(e.envelope).errors, [], where);
    assert.equal(e.subject, subjectFor(e.envelope, prefix), where);
    assert.equal(e.msgId, e.envelope.id, `${where}: Nats-Msg-Id is the event id`);
    assert.doesNotMatch(e.body, new RegExp(`${CONTACT_NAME}|${CONTACT_MOBILE}|catalogue-test@`), where);
  }
  const mine = events.filter((e) => [approved, rejected, projectId].includes(e.envelope.aggregate.id));
  assert.ok(mine.length >= 6, "the scenario's own events are among them");
});

test('no catalogue field is named like personal data', () => {
  // CONTEXT: issue 3 — "payloads carry no more personal data than needed"; the validator forbids undeclared fields,
  // so this guards the declarations themselves.
  const personal =
    /phone|mobile|email|contact|idNumber|legalRep|person|address|fileName|username|displayName/i;
  for (const entry of CATALOGUE) {
    const fields = Object.keys((entry.data['properties'] ?? {}) as Record<string, unknown>);
    assert.deepEqual(
      fields.filter((f) => personal.test(f)),
      [],
      entry.type,
    );
  }
});
