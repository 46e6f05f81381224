// The events documents publishes, as outside subscribers see them (docs/events/, `npm run events:catalogue`).
// document-events.ts writes exactly these payloads: its data is typed from the schema below. Never the file name:
// it may carry a person's name (张三的身份证.jpg); the content is identified by its SHA-256 only.
import { defineEvent, field, type EventData } from '@anze/events';
import { DOCUMENT_KINDS } from '../domain/kinds.ts';

const documentData = field.object({
  documentId: field.uuid('文件 id / document id'),
  kind: field.enumOf(DOCUMENT_KINDS, '文件类别 / kind of document'),
  ownerOrganisationId: field.uuid('所属单位 id / owning organisation'),
  size: field.integer('文件大小（字节）/ size in bytes', { minimum: 0 }),
  contentType: field.string('由内容判定的 MIME 类型 / media type decided from the content', {
    pattern: '^[a-z]+/[a-z0-9.+-]+$',
  }),
  sha256: field.string('内容的 SHA-256（十六进制）/ SHA-256 of the content, hex', {
    pattern: '^[0-9a-f]{64}$',
  }),
  divisionCode: field.divisionCode('所属单位的行政区划代码（上传时）/ owner division at upload'),
});
const documentIds = ['documentId', 'ownerOrganisationId', 'sha256', 'divisionCode'] as const;

export const DOCUMENT_UPLOADED = defineEvent({
  type: 'documents.document.uploaded',
  version: 1,
  aggregate: 'document',
  title: '文件已上传',
  summary:
    'An organisation uploaded a file (licence, contract, photo…); the file itself stays on the platform.',
  data: documentData,
  identifiers: documentIds,
});

export const DOCUMENT_DELETED = defineEvent({
  type: 'documents.document.deleted',
  version: 1,
  aggregate: 'document',
  title: '文件已删除',
  summary: 'The owner deleted a file; its metadata row stays for audit.',
  data: documentData,
  identifiers: documentIds,
});

/** Every event documents may publish. A type missing here fails the services' event tests. */
export const DOCUMENTS_EVENT_CATALOGUE = [DOCUMENT_UPLOADED, DOCUMENT_DELETED] as const;

export type DocumentsEventType = (typeof DOCUMENTS_EVENT_CATALOGUE)[number]['type'];
export type DocumentEventData = EventData<typeof DOCUMENT_UPLOADED>;
