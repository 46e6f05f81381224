// Events documents publishes (outbox, in the transaction of the change): each fact of the domain (domain/context.ts)
// becomes its catalogue event. No file names: they may carry personal data.
import { createEvent, recordEvent } from '@anze/events';
import { actorOf } from '@anze/auth';
import type { PublishFact } from '../domain/context.ts';
// The payload type comes from the catalogue (catalogue.ts), so payload and published schema cannot drift apart.
import type { DocumentEventData, DocumentsEventType } from './catalogue.ts';

export const publishDocumentFact: PublishFact = (em, { type, document: doc }, viewer) => {
  recordEvent(
    em,
    createEvent<DocumentEventData>({
      type: `documents.${type}` satisfies DocumentsEventType,
      version: 1,
      divisionCode: doc.divisionCode,
      actor: actorOf(viewer),
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
};
