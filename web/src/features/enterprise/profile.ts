// 企业信息 fields in the order and wording of the Heilongjiang manual. No React here: the audit log's 详情 names the
// fields an enterprise changed with these labels, and web/test runs it under Node.
import type { EnterpriseProfileInput } from '../../gql/graphql.ts';

export const PROFILE_FIELDS: readonly (keyof EnterpriseProfileInput)[] = [
  'name',
  'divisionCode',
  'uscc',
  'registeredAddress',
  'businessAddress',
  'contactName',
  'contactMobile',
  'contactEmail',
  'legalRepresentative',
  'legalRepresentativeMobile',
  'businessScope',
];

export const PROFILE_LABELS: Record<keyof EnterpriseProfileInput, string> = {
  name: '企业名称',
  divisionCode: '行政区划代码',
  uscc: '统一社会信用代码',
  registeredAddress: '工商注册地址',
  businessAddress: '主要经营地址',
  contactName: '联系人姓名',
  contactMobile: '联系人手机',
  contactEmail: '联系邮箱',
  legalRepresentative: '法人姓名',
  legalRepresentativeMobile: '法人手机',
  businessScope: '经营范围',
};
