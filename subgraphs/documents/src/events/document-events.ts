// Events documents publishes (outbox, in the transaction of the change). No file names: they may carry personal data.
import type { EntityManager } from '@mikro-orm/postgresql';
import { createEvent, recordEvent } from '@anze/events';
import type { Viewer } from '@anze/auth';
import type { IDocument } from '../domain/document.entity.ts';

// The payload type comes from the catalogue (catalogue.ts), so payload and published schema cannot drift apart.
import type { DocumentEventData, DocumentsEventType } from './catalogue.ts';

export function documentEvent(
  em: EntityManager,
  name: 'uploaded' | 'deleted',
  doc: IDocument,
  viewer: Viewer,
): void {
  recordEvent(
    em,
    createEvent<DocumentEventData>({
      type: `documents.document.${name}` satisfies DocumentsEventType,
      version: 1,
      divisionCode: doc.divisionCode,
      actor:
        viewer.kind === 'user'
          ? { userId: viewer.userId, organisationId: viewer.organisationId, roles: [...viewer.roles] }
          : null,
      aggregate: { type: 'document', id: doc.id },
      data: {
        documentId: doc.id,
        kind: doc.kind,
        ownerOrganisationId: doc.ownerOrganisationId,
        size: doc.size,
        contentType: doc.contentType,
        sha256: doc.sha256,
        divisionCode: doc.divisionCode,
      },
    }),
  );
}
