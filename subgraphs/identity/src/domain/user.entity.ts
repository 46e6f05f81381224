import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { Role } from '@anze/auth';

export const User = defineEntity({
  name: 'User',
  tableName: 'app_user',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    organisationId: p.uuid().index(),
    username: p.string().length(64).unique(),
    displayName: p.string().length(100),
    mobile: p.string().length(20).nullable(),
    roles: p.array<Role>(),
    /** Regulators and API clients: the division code they may see. */
    jurisdiction: p.string().length(6).nullable(),
    passwordHash: p.string().length(200).nullable().hidden(),
    mustChangePassword: p.boolean().default(false),
    enabled: p.boolean().default(true),
    failedAttempts: p.integer().default(0),
    lockedUntil: p.datetime().nullable(),
    lastLoginAt: p.datetime().nullable(),
    passwordChangedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export type IUser = InferEntity<typeof User>;

/** An explicit binding of a certificate to a user (experts, or several users of one organisation). */
export const CertificateBinding = defineEntity({
  name: 'CertificateBinding',
  tableName: 'certificate_binding',
  properties: {
    fingerprint: p.string().length(64).primary(),
    userId: p.uuid().index(),
    subject: p.string().length(500),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
