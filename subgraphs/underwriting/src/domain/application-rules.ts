// What an application must hold: the parties, the plan, the phone, and at 提交保单 every document of the right kind,
// uploaded by the enterprise itself, and the 用户协议 ticked.
import { badInput, readId } from '@anze/domain';
import { checkContactPhone } from '@anze/dictionaries';
import {
  APPLICATION_DOCUMENTS,
  APPLICATION_DOCUMENT_SLOTS,
  type ApplicationDocumentIds,
} from './dictionaries.ts';
import type { IKnownDocument } from './party.entity.ts';

export interface ApplicationInput {
  projectId: string;
  insurerId: string;
  brokerId?: string | null;
  planId: string;
  contactPhone: string;
  documents: Partial<Record<keyof ApplicationDocumentIds, string | null>>;
  agreementAccepted: boolean;
}

export function readContactPhone(value: string): string {
  const phone = value.trim();
  const problem = checkContactPhone(phone);
  if (problem) throw badInput(problem, 'input.contactPhone');
  return phone;
}

export function readDocumentIds(input: ApplicationInput['documents']): ApplicationDocumentIds {
  const ids: ApplicationDocumentIds = {};
  for (const slot of APPLICATION_DOCUMENT_SLOTS) {
    const id = input[slot];
    if (id)
      ids[slot] = readId(id, `input.documents.${slot}`, `${APPLICATION_DOCUMENTS[slot].label}文件不存在`);
  }
  return ids;
}

/**
 * The documents named are the enterprise's own, of the slot's kind and not deleted; with `complete`, every slot is
 * filled (提交保单). A file documents has not announced yet is refused with a hint to retry (events take milliseconds).
 */
export function checkDocuments(
  ids: ApplicationDocumentIds,
  known: readonly IKnownDocument[],
  ownerOrganisationId: string,
  complete: boolean,
): void {
  const byId = new Map(known.map((d) => [d.id, d]));
  for (const slot of APPLICATION_DOCUMENT_SLOTS) {
    const { kind, label } = APPLICATION_DOCUMENTS[slot];
    const field = `input.documents.${slot}`;
    const id = ids[slot];
    if (!id) {
      if (complete) throw badInput(`请上传${label}`, field);
      continue;
    }
    const doc = byId.get(id);
    if (!doc) throw badInput(`${label}文件尚在处理中，请稍后再试或重新上传`, field);
    if (doc.ownerOrganisationId !== ownerOrganisationId || doc.deleted)
      throw badInput(`${label}文件不存在或不属于本单位`, field);
    if (doc.kind !== kind) throw badInput(`所选文件不是${label}`, field);
    if (slot === 'agreement' && doc.contentType !== 'application/pdf')
      throw badInput('用户协议应为盖章后扫描的 PDF 文件', field);
  }
}
