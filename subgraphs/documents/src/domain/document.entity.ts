import { randomUUID } from 'node:crypto';
import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { Role } from '@anze/auth';
import { DOCUMENT_KINDS } from './kinds.ts';

/**
 * Read access beyond the owner's and the regulators': every given field must match the viewer (an organisation, a
 * role, or a role inside one organisation), e.g. the insurer reviewing an application. `divisionCode` means the
 * regulators whose jurisdiction contains that division (a policy is read where its project is, not only where the
 * insurer that uploaded it sits). Written by underwriting's events (domain/grants.ts), de-duplicated.
 */
export interface DocumentGrant {
  organisationId?: string;
  role?: Role;
  divisionCode?: string;
}

/** One uploaded file's metadata; the bytes live in the blob store under `sha256`. */
export const Document = defineEntity({
  name: 'Document',
  tableName: 'document',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => randomUUID()),
    kind: p.enum(DOCUMENT_KINDS),
    ownerOrganisationId: p.uuid().index(),
    /** Owner's 行政区划代码 at upload: what regulators' jurisdictions are checked against. */
    divisionCode: p.string().length(6).index(),
    /** Original name as uploaded (may carry personal data: never put into events). */
    fileName: p.string().length(255),
    size: p.bigint('number'),
    /** Decided from the content's magic bytes, never from the client. */
    contentType: p.string().length(100),
    sha256: p.string().length(64).index(),
    thumbnailSha256: p.string().length(64).nullable().index(),
    grants: p.json<DocumentGrant[]>().onCreate(() => []),
    uploadedBy: p.uuid(),
    uploadedAt: p.datetime().onCreate(() => new Date()),
    /** Soft delete: the row stays for audit. */
    deletedAt: p.datetime().nullable(),
    deletedBy: p.uuid().nullable(),
  },
  indexes: [
    {
      name: 'document_owner_live_idx',
      properties: ['ownerOrganisationId', 'kind'],
      where: 'deleted_at is null',
    },
  ],
});
export type IDocument = InferEntity<typeof Document>;
