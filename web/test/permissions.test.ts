// CONTEXT: 角色管理 shows what each role may call. It reads the table generated from the schema's @auth directives
// (the rule the subgraphs enforce), never a hand-kept list: this fails when the table is stale or an operation has no
// Chinese name.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  apiClientScopes,
  OPERATION_LABELS,
  OPERATIONS,
  operationsOf,
  PUBLIC_OPERATIONS,
  SUBGRAPH_LABELS,
} from '../src/features/admin/permissions.ts';
import { ROLES_BY_ORGANISATION } from '../src/features/admin/generated/permissions.ts';

test('the permission table matches the schemas (run `npm run permissions -w @anze/web` when this fails)', () => {
  const script = fileURLToPath(new URL('../scripts/permissions.ts', import.meta.url));
  try {
    execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' });
  } catch (e) {
    assert.fail(
      `web/src/features/admin/generated/permissions.ts is stale:\n${(e as { stderr?: Buffer }).stderr ?? e}`,
    );
  }
});

test('every operation and every service has a Chinese name, and no name is left over', () => {
  assert.deepEqual(Object.keys(OPERATION_LABELS).sort(), OPERATIONS.map((o) => o.key).sort());
  for (const o of OPERATIONS) {
    assert.match(OPERATION_LABELS[o.key], /\p{Script=Han}/u, o.key);
    assert.ok(SUBGRAPH_LABELS[o.subgraph], `service ${o.subgraph} has no name`);
  }
});

test('the table says what the schema says', () => {
  const admin = operationsOf('PLATFORM_ADMIN');
  assert.ok(admin.mutations.some((o) => o.key === 'Mutation.createUser'));
  assert.ok(!operationsOf('REGULATOR').mutations.some((o) => o.key === 'Mutation.createUser'));
  assert.ok(operationsOf('AUDITOR').queries.some((o) => o.key === 'Query.auditRecords'));
  assert.ok(PUBLIC_OPERATIONS.some((o) => o.key === 'Mutation.loginWithPassword'));
  assert.ok(!PUBLIC_OPERATIONS.some((o) => o.key === 'Query.users'));
});

test("the roles offered per organisation type are identity's", () => {
  assert.deepEqual(ROLES_BY_ORGANISATION.PREVENTION_ORG, ['PREVENTION_ORG', 'EXPERT']);
  assert.deepEqual(ROLES_BY_ORGANISATION.PLATFORM, ['PLATFORM_ADMIN', 'AUDITOR']);
});

test('API client scopes follow what the API_CLIENT role may call', () => {
  assert.deepEqual(
    apiClientScopes().map((s) => [s.scope, s.operations.map((o) => o.key)]),
    [
      ['claims:read', ['Query.claim', 'Query.claimPolicy', 'Query.claims']],
      ['projects:read', ['Query.project', 'Query.projects']],
      [
        'underwriting:read',
        [
          'Query.insuranceApplication',
          'Query.insuranceApplications',
          'Query.insurancePlan',
          'Query.insurancePlans',
          'Query.policies',
          'Query.policy',
        ],
      ],
    ],
  );
});
