// 企业信息 validation: every field checked, every message in Chinese and tied to its field.
import { checkDivisionCode, checkEmail, checkMobile, checkUscc, normaliseUscc } from '@anze/dictionaries';
import { badInput, maskEmail, maskPhone } from '@anze/auth';

export interface EnterpriseProfile {
  name: string;
  divisionCode: string;
  uscc: string;
  registeredAddress: string;
  businessAddress: string;
  contactName: string;
  contactMobile: string;
  contactEmail: string;
  legalRepresentative: string;
  legalRepresentativeMobile: string;
  businessScope: string;
}

const REQUIRED: Array<[keyof EnterpriseProfile, string, number]> = [
  ['name', '企业名称', 200],
  ['divisionCode', '行政区划代码', 6],
  ['uscc', '统一社会信用代码', 18],
  ['registeredAddress', '工商注册地址', 300],
  ['businessAddress', '主要经营地址', 300],
  ['contactName', '联系人姓名', 50],
  ['contactMobile', '联系人手机', 20],
  ['contactEmail', '联系邮箱', 254],
  ['legalRepresentative', '法人姓名', 50],
  ['legalRepresentativeMobile', '法人手机', 20],
  ['businessScope', '经营范围', 4000],
];

/** Trimmed, normalised profile, or a BAD_USER_INPUT error naming the first offending field. */
export function validateProfile(input: EnterpriseProfile, fieldPrefix = ''): EnterpriseProfile {
  const p = Object.fromEntries(
    Object.entries(input).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]),
  ) as unknown as EnterpriseProfile;
  p.uscc = normaliseUscc(p.uscc ?? '');
  const field = (name: string) => `${fieldPrefix}${name}`;
  for (const [key, label, max] of REQUIRED) {
    if (!p[key]) throw badInput(`请填写${label}`, field(key));
    if (p[key].length > max) throw badInput(`${label}不能超过${max}个字符`, field(key));
  }
  const checks: Array<[keyof EnterpriseProfile, string | null]> = [
    ['divisionCode', checkDivisionCode(p.divisionCode)],
    ['uscc', checkUscc(p.uscc)],
    ['contactMobile', checkMobile(p.contactMobile)],
    ['contactEmail', checkEmail(p.contactEmail)],
    ['legalRepresentativeMobile', checkMobile(p.legalRepresentativeMobile)],
  ];
  for (const [key, message] of checks) if (message) throw badInput(message, field(key));
  return p;
}

/**
 * The profile as submitted, with each contact field the form sent back masked (as 企业信息 showed it, PIPL) replaced
 * by the stored value: 进入编辑 → 保存 keeps what the user did not retype, without revealing it first.
 */
export function withUnchangedContacts(
  input: EnterpriseProfile,
  current: {
    contactMobile?: string | null;
    contactEmail?: string | null;
    legalRepresentativeMobile?: string | null;
  },
): EnterpriseProfile {
  const kept = { ...input };
  const keep = (
    key: 'contactMobile' | 'contactEmail' | 'legalRepresentativeMobile',
    mask: typeof maskPhone,
  ) => {
    const stored = current[key];
    if (stored && input[key]?.trim() === mask(stored)) kept[key] = stored;
  };
  keep('contactMobile', maskPhone);
  keep('legalRepresentativeMobile', maskPhone);
  keep('contactEmail', maskEmail);
  return kept;
}
