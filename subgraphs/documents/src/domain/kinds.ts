// Kinds of uploaded files, with the labels the manuals use (企业信息, 投保申请, 资料下载).
export const DOCUMENT_KINDS = [
  'BUSINESS_LICENSE',
  'QUALIFICATION',
  'LEGAL_REP_ID_PORTRAIT',
  'LEGAL_REP_ID_EMBLEM',
  'CONTRACT',
  'POLICY',
  'AGREEMENT',
  'SAFETY_LICENSE',
  'PHOTO',
  'REPORT',
  'OTHER',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const KIND_LABELS: Record<DocumentKind, string> = {
  BUSINESS_LICENSE: '营业执照',
  QUALIFICATION: '资质文件',
  LEGAL_REP_ID_PORTRAIT: '法人身份证人像面',
  LEGAL_REP_ID_EMBLEM: '法人身份证国徽面',
  CONTRACT: '项目合同或中标通知',
  POLICY: '保单文件',
  AGREEMENT: '协议文件',
  SAFETY_LICENSE: '安全生产许可证',
  PHOTO: '现场照片',
  REPORT: '报告',
  OTHER: '其他文件',
};

export function isDocumentKind(value: string): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(value);
}
