// CONTEXT: the web's label maps (shared/labels.ts) must say what the schema says: each enum value's description in
// the committed supergraph is its Chinese name, and a value added there without a label here shows up as a code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Kind, parse } from 'graphql';
import {
  ACCIDENT_HISTORY_GRADE_LABELS,
  APPLICATION_STATUS,
  INSURANCE_STATUS,
  MAJOR_HAZARD_TYPE_LABELS,
  ORGANISATION_TYPE_LABELS,
  POLICY_STATUS,
  PROJECT_CATEGORY_LABELS,
  PROJECT_STATUS,
  REGISTRATION_STATUS,
} from '../src/shared/labels.ts';

const supergraph = parse(readFileSync(new URL('../../gateway/supergraph.graphql', import.meta.url), 'utf8'));

/** value → description of one enum of the supergraph. */
function enumDescriptions(name: string): Record<string, string> {
  for (const d of supergraph.definitions) {
    if (d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === name) {
      return Object.fromEntries((d.values ?? []).map((v) => [v.name.value, v.description?.value ?? '']));
    }
  }
  throw new Error(`no enum ${name}`);
}

const labelsOf = (map: Record<string, { label: string }>) =>
  Object.fromEntries(Object.entries(map).map(([k, v]) => [k, v.label]));

test('label maps match the enum descriptions of the schema', () => {
  assert.deepEqual(PROJECT_CATEGORY_LABELS, enumDescriptions('ProjectCategory'));
  assert.deepEqual(MAJOR_HAZARD_TYPE_LABELS, enumDescriptions('MajorHazardType'));
  assert.deepEqual(labelsOf(PROJECT_STATUS), enumDescriptions('ProjectStatus'));
  assert.deepEqual(ORGANISATION_TYPE_LABELS, enumDescriptions('OrganisationType'));
  assert.deepEqual(labelsOf(REGISTRATION_STATUS), enumDescriptions('RegistrationStatus'));
  assert.deepEqual(labelsOf(INSURANCE_STATUS), enumDescriptions('InsuranceStatus'));
  assert.deepEqual(labelsOf(POLICY_STATUS), enumDescriptions('PolicyStatus'));
  assert.deepEqual(ACCIDENT_HISTORY_GRADE_LABELS, enumDescriptions('AccidentHistoryGrade'));
  // The schema adds what 复审通过 means for the insurer: 复审通过 (可出单).
  const applicationStatus = Object.fromEntries(
    Object.entries(enumDescriptions('ApplicationStatus')).map(([k, v]) => [k, v.replace(/ \(.*\)$/, '')]),
  );
  assert.deepEqual(labelsOf(APPLICATION_STATUS), applicationStatus);
});
