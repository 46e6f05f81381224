// Who else may read an application's and a policy's documents, from underwriting's events (events/grant-consumers.ts):
//   - 提交 / 复审通过 / 复审不通过 (underwriting.application.submitted|approved|rejected): the application's documents
//     become readable by each organisation of `readerOrganisationIds` (the insurer, the named broker, the insurer's
//     partner brokers) — the insurer reviews them, 资料下载 included.
//   - 出单 / 顺延 (underwriting.policy.issued|extended): the policy and agreement documents, which the insurer uploaded,
//     become readable by the insured enterprise, the broker, the readers, and the regulators whose jurisdiction
//     contains the project's county.
// Grants only ever add up and are de-duplicated, so a redelivered or late event changes nothing, in any order. A
// withdrawn application keeps the grants it had: the insurer has already seen (and may have downloaded) the files.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CatalogueEvent } from '@anze/events';
import type { APPLICATION_EVENTS, POLICY_EVENTS } from '@anze/underwriting/events/catalogue';
import type { DocumentGrant } from './document.entity.ts';
import { addGrants } from './document.repository.ts';

export type ApplicationEvent = CatalogueEvent<(typeof APPLICATION_EVENTS)[number]>;
export type PolicyEvent = CatalogueEvent<(typeof POLICY_EVENTS)[number]>;
export type GrantEvent = ApplicationEvent | PolicyEvent;

const organisations = (ids: ReadonlyArray<string | null>): DocumentGrant[] =>
  [...new Set(ids.filter((id): id is string => !!id))].map((organisationId) => ({ organisationId }));

/** The documents an event opens and to whom; null for the events that open nothing (撤回, 复审超期). */
export function grantsOf(event: GrantEvent): { documentIds: string[]; grants: DocumentGrant[] } | null {
  switch (event.type) {
    case 'underwriting.application.submitted':
    case 'underwriting.application.approved':
    case 'underwriting.application.rejected':
      return {
        documentIds: [...event.data.documentIds],
        grants: organisations(event.data.readerOrganisationIds),
      };
    case 'underwriting.application.withdrawn':
    case 'underwriting.application.review_overdue':
      return null;
    case 'underwriting.policy.issued':
    case 'underwriting.policy.extended': {
      const d = event.data;
      return {
        documentIds: [d.policyDocumentId, d.agreementDocumentId],
        grants: [
          ...organisations([d.organisationId, d.brokerId, ...d.readerOrganisationIds]),
          { divisionCode: d.divisionCode },
        ],
      };
    }
  }
}

/** Applies an event's grants in the caller's transaction; returns how many documents it changed. */
export async function applyGrantEvent(em: EntityManager, event: GrantEvent): Promise<number> {
  const opened = grantsOf(event);
  if (!opened || !opened.documentIds.length || !opened.grants.length) return 0;
  return addGrants(em, opened.documentIds, opened.grants);
}
