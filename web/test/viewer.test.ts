// CONTEXT: identity answers a login with viewer.user and viewer.organisation null, and a token refresh likewise; the
// header must keep showing the names read once with the new token instead of losing them every few minutes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ViewerFieldsFragment as Viewer } from '../src/gql/graphql.ts';
import { isViewerIncomplete, mergeViewer } from '../src/shared/session/viewer.ts';

const payloadViewer: Viewer = {
  user: null,
  organisation: null,
  roles: ['REGULATOR'],
  jurisdiction: '230100',
  mustChangePassword: true,
  idleTimeoutSeconds: 600,
};
const complete: Viewer = {
  ...payloadViewer,
  user: { username: 'hrb-zjj', displayName: '市住建局监管员' },
  organisation: {
    id: 'o1',
    name: '哈尔滨市住房和城乡建设局',
    type: 'REGULATOR',
    divisionCode: '230100',
    registrationStatus: 'APPROVED',
  },
};

test('a viewer without user or organisation is incomplete', () => {
  assert.equal(isViewerIncomplete(payloadViewer), true);
  assert.equal(isViewerIncomplete({ ...complete, organisation: null }), true);
  assert.equal(isViewerIncomplete(complete), false);
});

test('a refresh keeps the names already known and takes the flags from the newer answer', () => {
  const merged = mergeViewer(complete, { ...payloadViewer, mustChangePassword: false });
  assert.equal(merged.user?.displayName, '市住建局监管员');
  assert.equal(merged.organisation?.name, '哈尔滨市住房和城乡建设局');
  assert.equal(merged.mustChangePassword, false);
});

test('names in the newer answer win; nothing known: the newer answer as it is', () => {
  const renamed = { ...complete, user: { username: 'hrb-zjj', displayName: '新名字' } };
  assert.equal(mergeViewer(complete, renamed).user?.displayName, '新名字');
  assert.deepEqual(mergeViewer(null, payloadViewer), payloadViewer);
});
