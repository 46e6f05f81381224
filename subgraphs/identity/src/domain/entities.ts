import { eventEntities } from '@anze/events';
import { Organisation, Partnership } from './organisation.entity.ts';
import { User, CertificateBinding } from './user.entity.ts';
import { Session, RefreshToken, CertificateChallenge, ApiClient } from './session.entity.ts';
import { AuditRecord } from './audit-record.entity.ts';

export const entities = [
  Organisation,
  Partnership,
  User,
  CertificateBinding,
  Session,
  RefreshToken,
  CertificateChallenge,
  ApiClient,
  AuditRecord,
  ...eventEntities,
];
