// 企业信息 fields in the order and wording of the Heilongjiang manual: as form fields for 注册 and 企业信息 (进入编辑),
// and read-only for 企业信息 and the regulator's 企业详情.
import { Form, Input, Tag } from 'antd';
import type {
  EnterpriseProfileInput,
  OrganisationFieldsFragment as Organisation,
} from '../../gql/graphql.ts';
import { DetailDescriptions } from '../../shared/detail/Detail.tsx';
import { REGISTRATION_STATUS } from '../../shared/labels.ts';
import { asRule, checkEmail, checkMobile, checkUscc } from '../../shared/validation.ts';
import { DivisionCascader } from '../../shared/divisions/DivisionCascader.tsx';
import { PROFILE_FIELDS, PROFILE_LABELS } from './profile.ts';

export { PROFILE_FIELDS, PROFILE_LABELS };

const required = (label: string, verb = '请输入') => ({
  required: true,
  whitespace: true,
  message: `${verb}${label}`,
});

export function EnterpriseProfileFields() {
  const L = PROFILE_LABELS;
  return (
    <>
      <Form.Item name="name" label={L.name} rules={[required(L.name), { max: 100 }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="divisionCode"
        label={L.divisionCode}
        rules={[{ required: true, message: '请选择行政区划代码' }]}
      >
        <DivisionCascader />
      </Form.Item>
      <Form.Item
        name="uscc"
        label={L.uscc}
        normalize={(v: string | undefined) => v?.toUpperCase().replace(/\s/g, '')}
        rules={[required(L.uscc), asRule(checkUscc)]}
        validateFirst
      >
        <Input maxLength={18} placeholder="18位统一社会信用代码" />
      </Form.Item>
      <Form.Item name="registeredAddress" label={L.registeredAddress} rules={[required(L.registeredAddress)]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="businessAddress" label={L.businessAddress} rules={[required(L.businessAddress)]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="contactName" label={L.contactName} rules={[required(L.contactName)]}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name="contactMobile"
        label={L.contactMobile}
        rules={[required(L.contactMobile), asRule(checkMobile)]}
      >
        <Input maxLength={11} inputMode="numeric" />
      </Form.Item>
      <Form.Item
        name="contactEmail"
        label={L.contactEmail}
        rules={[required(L.contactEmail), asRule(checkEmail)]}
      >
        <Input maxLength={100} inputMode="email" />
      </Form.Item>
      <Form.Item
        name="legalRepresentative"
        label={L.legalRepresentative}
        rules={[required(L.legalRepresentative)]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name="legalRepresentativeMobile"
        label={L.legalRepresentativeMobile}
        rules={[required(L.legalRepresentativeMobile), asRule(checkMobile)]}
      >
        <Input maxLength={11} inputMode="numeric" />
      </Form.Item>
      <Form.Item name="businessScope" label={L.businessScope} rules={[required(L.businessScope)]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </>
  );
}

/** Trims the values the form collected into the GraphQL input. */
export function toProfileInput(values: Record<string, unknown>): EnterpriseProfileInput {
  const out = {} as EnterpriseProfileInput;
  for (const key of PROFILE_FIELDS) out[key] = String(values[key] ?? '').trim();
  return out;
}

export function divisionText(org: Pick<Organisation, 'divisionCode' | 'division'>): string {
  return org.division ? `${org.division.code}, ${org.division.name}` : org.divisionCode;
}

export function RegistrationStatusTag({ status }: { status: Organisation['registrationStatus'] }) {
  const s = REGISTRATION_STATUS[status];
  return <Tag color={s.color}>{s.label}</Tag>;
}

export function ProfileDescriptions({ org }: { org: Organisation }) {
  return (
    <DetailDescriptions
      labelWidth={180}
      items={PROFILE_FIELDS.map((key) => [
        PROFILE_LABELS[key],
        key === 'divisionCode' ? divisionText(org) : (org[key] ?? ''),
      ])}
    />
  );
}
