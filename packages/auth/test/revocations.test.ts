import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SessionRevocations, refusingRevoked, type UserViewer } from '../src/index.ts';

const viewer = (sessionId: string): UserViewer => ({
  kind: 'user',
  userId: 'u',
  organisationId: 'o',
  roles: ['REGULATOR'],
  jurisdiction: '230000',
  divisionCode: '230000',
  sessionId,
  mustChangePassword: false,
});

test('a revoked session is refused until its tokens have expired anyway, then forgotten', async () => {
  let now = 1_000_000;
  const revocations = new SessionRevocations(() => now);
  const verify = refusingRevoked(async (token) => viewer(token), revocations);
  revocations.add(['s1'], new Date(now + 300_000));
  await assert.rejects(verify('s1'), { code: 'UNAUTHENTICATED', message: '登录已失效，请重新登录' });
  assert.equal((await verify('s2')).kind, 'user', 'other sessions pass');
  now += 300_001;
  revocations.add(['s3'], new Date(now + 1000));
  assert.equal(revocations.has('s1'), false);
  assert.equal(revocations.size, 1, 'expired entries are pruned');
  // CONTEXT: a revocation read back from the stream after its tokens expired is not kept at all.
  revocations.add(['old'], new Date(now - 1));
  assert.equal(revocations.has('old'), false);
});
