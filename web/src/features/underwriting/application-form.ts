// Pure rules of 在线填报 and of the underwriting lists: the seven uploads in the manual's order, form values ⇄
// ApplicationInput, which insurers a chosen broker allows, what may be done in which status, and the lists' filters.
// No React or antd here, so web/test can run it under Node.
import type {
  ApplicationFilter,
  ApplicationInput,
  ApplicationStatus,
  DocumentKind,
  LedgerFilter,
  PolicyFilter,
  PolicyStatus,
} from '../../gql/graphql.ts';
import { exportPath, type ExportFormat } from '../../shared/list/export.ts';

/** The application's document slots (ApplicationDocumentsInput), in the manual's order. */
export type DocumentSlot =
  | 'businessLicense'
  | 'contract'
  | 'legalRepIdEmblem'
  | 'legalRepIdPortrait'
  | 'safetyLicense'
  | 'qualification'
  | 'agreement';

export type SlotDefinition = {
  slot: DocumentSlot;
  kind: DocumentKind;
  label: string;
  /** The signed 用户协议 is a scanned PDF (附件 1); the others may be photos. */
  pdfOnly: boolean;
};

export const DOCUMENT_SLOTS: readonly SlotDefinition[] = [
  { slot: 'businessLicense', kind: 'BUSINESS_LICENSE', label: '营业执照', pdfOnly: false },
  { slot: 'contract', kind: 'CONTRACT', label: '项目合同或中标通知', pdfOnly: false },
  { slot: 'legalRepIdEmblem', kind: 'LEGAL_REP_ID_EMBLEM', label: '法定代表人身份证国徽面', pdfOnly: false },
  {
    slot: 'legalRepIdPortrait',
    kind: 'LEGAL_REP_ID_PORTRAIT',
    label: '法定代表人身份证人像面',
    pdfOnly: false,
  },
  { slot: 'safetyLicense', kind: 'SAFETY_LICENSE', label: '安全生产许可证', pdfOnly: false },
  { slot: 'qualification', kind: 'QUALIFICATION', label: '施工企业资质', pdfOnly: false },
  { slot: 'agreement', kind: 'AGREEMENT', label: '用户协议', pdfOnly: true },
];

/** What the 在线填报 form holds. */
export type ApplicationFormValues = {
  brokerId?: string | null | undefined;
  insurerId?: string | undefined;
  planId?: string | undefined;
  contactPhone?: string | undefined;
  agreementAccepted?: boolean | undefined;
} & Partial<Record<DocumentSlot, string | null | undefined>>;

/** The form's fields, for placing the server's messages (extensions.field's last segment) next to them. */
export const APPLICATION_FORM_FIELDS: readonly string[] = [
  'brokerId',
  'insurerId',
  'planId',
  'contactPhone',
  'agreementAccepted',
  ...DOCUMENT_SLOTS.map((s) => s.slot),
];

export function toApplicationInput(projectId: string, v: ApplicationFormValues): ApplicationInput {
  const documents: ApplicationInput['documents'] = {};
  for (const { slot } of DOCUMENT_SLOTS) documents[slot] = v[slot] || null;
  return {
    projectId,
    insurerId: v.insurerId ?? '',
    brokerId: v.brokerId || null,
    planId: v.planId ?? '',
    contactPhone: (v.contactPhone ?? '').trim(),
    documents,
    agreementAccepted: v.agreementAccepted === true,
  };
}

type Party = { id: string; name: string };
type InsurerWithBrokers = Party & { brokers: readonly Party[] };

/** 经纪公司: every broker partnering with at least one insurer, once each, by name. */
export function brokerOptions(insurers: readonly InsurerWithBrokers[]): Party[] {
  const byId = new Map<string, Party>();
  for (const insurer of insurers) for (const b of insurer.brokers) byId.set(b.id, { id: b.id, name: b.name });
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/** 保险机构: all of them without a broker; with one, only the insurers it partners with. */
export function insurerOptions(insurers: readonly InsurerWithBrokers[], brokerId?: string | null): Party[] {
  const list = brokerId ? insurers.filter((i) => i.brokers.some((b) => b.id === brokerId)) : insurers;
  return list.map(({ id, name }) => ({ id, name }));
}

/** The enterprise may change and (re)submit a draft or a 复审不通过 application. */
export function isEditable(status: ApplicationStatus): boolean {
  return status === 'DRAFT' || status === 'REJECTED';
}

/** The insurer's actions on a row of 投保信息 (the manual's 审核 / 提交 / 详情 / 事故); brokers only look. */
export function applicationActions(status: ApplicationStatus, canDecide: boolean): ('审核' | '提交')[] {
  if (!canDecide) return [];
  if (status === 'SUBMITTED') return ['审核'];
  if (status === 'APPROVED') return ['提交'];
  return [];
}

/** The 投保信息 search (施工企业名称, 项目名称, 投保状态, 超期). */
export type ApplicationSearch = {
  enterpriseName?: string | undefined;
  projectName?: string | undefined;
  status?: ApplicationStatus | undefined;
  overdue?: boolean | undefined;
};

/** Trimmed, empty fields left out (an empty string would match all). */
export function applicationFilterOf(search: ApplicationSearch): ApplicationFilter {
  const filter: ApplicationFilter = {};
  const enterpriseName = search.enterpriseName?.trim();
  const projectName = search.projectName?.trim();
  if (enterpriseName) filter.enterpriseName = enterpriseName;
  if (projectName) filter.projectName = projectName;
  if (search.status) filter.status = search.status;
  if (search.overdue) filter.overdue = true;
  return filter;
}

/** The 保单信息 search: 施工企业名称, 项目名称, 保单号, and 保单状态 or 续保提醒. */
export type PolicySearch = {
  enterpriseName?: string | undefined;
  projectName?: string | undefined;
  policyNumber?: string | undefined;
  /** A PolicyStatus, or RENEWAL_DUE for 续保提醒. */
  status?: PolicyStatus | typeof RENEWAL_DUE | undefined;
};

export const RENEWAL_DUE = 'RENEWAL_DUE';

export function policyFilterOf(search: PolicySearch): PolicyFilter {
  const filter: PolicyFilter = {};
  const enterpriseName = search.enterpriseName?.trim();
  const projectName = search.projectName?.trim();
  const policyNumber = search.policyNumber?.trim();
  if (enterpriseName) filter.enterpriseName = enterpriseName;
  if (projectName) filter.projectName = projectName;
  if (policyNumber) filter.policyNumber = policyNumber;
  if (search.status === RENEWAL_DUE) filter.renewalDue = true;
  else if (search.status) filter.status = search.status;
  return filter;
}

/** The 保单台帐 search: 单位名称, 项目名称. */
export type LedgerSearch = { enterpriseName?: string | undefined; projectName?: string | undefined };

export function ledgerFilterOf(search: LedgerSearch): LedgerFilter {
  const filter: LedgerFilter = {};
  const enterpriseName = search.enterpriseName?.trim();
  const projectName = search.projectName?.trim();
  if (enterpriseName) filter.enterpriseName = enterpriseName;
  if (projectName) filter.projectName = projectName;
  return filter;
}

/** 导出 of 投保信息 and 批量导出 of 保单台帐: the lists' filters as the routes' query parameters. */
export function applicationExportPath(format: ExportFormat, filter: ApplicationFilter): string {
  return exportPath('/exports/applications', format, filter);
}

export function ledgerExportPath(format: ExportFormat, filter: LedgerFilter): string {
  return exportPath('/exports/ledger', format, filter);
}
