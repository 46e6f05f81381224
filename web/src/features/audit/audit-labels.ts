// What the audit log's records say, in Chinese: the types identity writes (web/test/audit.test.ts reads them from
// identity's source and fails on one without a label here), who acted and on what (user:<id>, organisation:<id>,
// client:<id>), and each record's detail (a JSON object) as labelled lines for 查看. No React here: web/test runs it.
import type { OrganisationType, Role } from '../../gql/graphql.ts';
import { ORGANISATION_TYPE_LABELS, ROLE_LABELS } from '../../shared/labels.ts';
import { PROFILE_LABELS } from '../enterprise/profile.ts';

/** The audit types by topic, in the order the 类型 filter lists them. */
export const AUDIT_TYPE_GROUPS: readonly { label: string; types: Readonly<Record<string, string>> }[] = [
  {
    label: '登录与会话',
    types: {
      'auth.login.password': '密码登录',
      'auth.login.certificate': 'CA证书登录',
      'auth.logout': '退出登录',
      'auth.password.change': '修改密码',
      'auth.account.locked': '账号锁定',
      'auth.session.idle_timeout': '会话超时',
      'auth.refresh.reuse_detected': '令牌重复使用（会话已吊销）',
      'auth.client_credentials': '第三方平台获取令牌',
    },
  },
  {
    label: '用户管理',
    types: {
      'account.created': '新增用户',
      'account.roles.changed': '分配角色',
      'account.enabled': '启用用户',
      'account.disabled': '停用用户',
      'account.unlocked': '解锁用户',
      'account.password.reset': '重置密码',
      'account.moved': '调整所属机构',
    },
  },
  {
    label: '机构管理与注册审核',
    types: {
      'organisation.created': '新增机构',
      'organisation.profile.updated': '修改企业信息',
      'registration.submitted': '企业注册',
      'registration.resubmitted': '重新提交注册',
      'registration.approved': '注册审核通过',
      'registration.rejected': '注册审核驳回',
      'partnership.added': '添加合作保险机构',
      'partnership.removed': '移除合作保险机构',
    },
  },
  {
    label: 'API 客户端',
    types: {
      'api_client.created': '新增API客户端',
      'api_client.revoked': '吊销API客户端',
    },
  },
  {
    label: '个人信息保护',
    types: {
      'pipl.contact.revealed': '查看完整联系方式',
    },
  },
];

export const AUDIT_TYPE_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  AUDIT_TYPE_GROUPS.flatMap((g) => Object.entries(g.types)),
);

export function auditTypeLabel(type: string): string {
  return AUDIT_TYPE_LABELS[type] ?? type;
}

/**
 * The 类型 filter's choices: the known types by topic, and under 其他 any type the log holds (auditTypes) that this
 * web app has no label for yet (a newer identity), by its code.
 */
export function auditTypeOptions(recorded: readonly string[]) {
  const unknown = recorded.filter((t) => !(t in AUDIT_TYPE_LABELS));
  const groups = unknown.length
    ? [...AUDIT_TYPE_GROUPS, { label: '其他', types: Object.fromEntries(unknown.map((t) => [t, t])) }]
    : AUDIT_TYPE_GROUPS;
  return groups.map((g) => ({
    label: g.label,
    title: g.label,
    options: Object.entries(g.types).map(([value, label]) => ({ value, label })),
  }));
}

const PARTIES: Record<string, string> = {
  user: '用户',
  organisation: '机构',
  client: '客户端',
  cert: '证书',
};

/**
 * 主体 / 客体 in a table cell: an account `admin (user:6a4d…)` → admin, `user:0b52b053-…` → 用户 0b52b053 (the
 * id's first block), `client:anze_…` → 客户端 anze_…, anonymous → 匿名; anything else (the login name a failed login
 * typed) as it is. 查看 shows it in full.
 */
export function auditPartyText(party: string | null | undefined): string {
  if (!party) return '—';
  if (party === 'anonymous') return '匿名';
  const account = /^(.+) \(user:[^)]+\)$/.exec(party);
  if (account) return account[1]!;
  const m = /^([a-z_]+):(.+)$/.exec(party);
  if (!m || !PARTIES[m[1]!]) return party;
  const id = /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(m[2]!) ? m[2]!.slice(0, 8) : m[2]!;
  return `${PARTIES[m[1]!]} ${id}`;
}

const DETAIL_LABELS: Record<string, string> = {
  username: '用户名',
  name: '名称',
  type: '单位类型',
  roles: '角色',
  before: '变更前角色',
  after: '变更后角色',
  jurisdiction: '管辖区域',
  insurerId: '保险机构',
  organisationId: '所属机构',
  fromOrganisationId: '原所属机构',
  scopes: '权限范围',
  reason: '原因',
  method: '登录方式',
  certificate: '证书',
  dn: '证书主体',
  fingerprint: '证书指纹',
  uscc: '统一社会信用代码',
  changed: '修改的字段',
  fields: '查看的字段',
  ip: 'IP 地址',
  demo: '演示数据',
};

const METHOD_LABELS: Record<string, string> = {
  PASSWORD: '密码',
  PASSWORD_CERTIFICATE: '密码 + CA证书',
  CERTIFICATE: 'CA证书',
};

const REASON_LABELS: Record<string, string> = {
  unknown_user: '用户名不存在',
  bad_password: '密码错误',
  locked: '账号已锁定',
  disabled: '账号已停用',
  second_factor_required: '还须CA证书验证',
  second_factor_other_account: '证书属于其他账号',
  second_factor_not_bound: '证书未绑定账号',
  certificate_required: '该账号须使用CA证书登录',
  password_required: '该账号须使用密码登录',
  password_also_required: '该账号还须密码登录',
  no_permission: '无权查看',
  no_account: '证书未对应任何账号',
  bad_current_password: '当前密码错误',
  challenge_expired: '登录挑战码已过期',
  challenge_unknown_or_used: '登录挑战码无效或已使用',
  unsupported_algorithm: '不支持的签名算法',
  MALFORMED: '证书或签名格式不正确',
  UNKNOWN_CA: '证书不是由受信任的CA签发',
  EXPIRED: '证书已过期',
  NOT_YET_VALID: '证书尚未生效',
  REVOKED: '证书已被吊销',
  CRL_STALE: '证书吊销列表已过期',
  CRL_MISSING: '缺少证书吊销列表',
  NOT_FOR_LOGIN: '证书不能用于登录',
  ALGORITHM_MISMATCH: '签名算法与证书密钥类型不符',
  BAD_SIGNATURE: '签名验证失败',
  // registration.rejected carries the reviewer's own words: shown as they are.
};

function reasonText(reason: string): string {
  if (reason.startsWith('second_factor_') && reason !== 'second_factor_required') {
    const cause = reason.slice('second_factor_'.length);
    return `CA证书验证失败：${REASON_LABELS[cause] ?? cause}`;
  }
  return REASON_LABELS[reason] ?? reason;
}

/** A field named in a detail: the 企业信息 labels, and a user's 手机. */
function fieldLabel(field: string): string {
  if (field === 'mobile') return '手机';
  return PROFILE_LABELS[field as keyof typeof PROFILE_LABELS] ?? field;
}

function listText(values: unknown[], label: (v: string) => string = (v) => v): string {
  return values.length ? values.map((v) => label(String(v))).join('、') : '（无）';
}

function valueText(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  const role = (r: string) => ROLE_LABELS[r as Role] ?? r;
  if (Array.isArray(value)) {
    if (key === 'roles' || key === 'before' || key === 'after') return listText(value, role);
    if (key === 'changed' || key === 'fields') return listText(value, fieldLabel);
    return listText(value);
  }
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'object') return JSON.stringify(value);
  const text = String(value);
  if (key === 'type') return ORGANISATION_TYPE_LABELS[text as OrganisationType] ?? text;
  if (key === 'method') return METHOD_LABELS[text] ?? text;
  if (key === 'reason') return reasonText(text);
  return text;
}

/** A record's detail (JSON text from the API) as labelled lines; text that is not a JSON object as one line. */
export function auditDetailItems(detail: string | null | undefined): [label: string, text: string][] {
  if (!detail) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return [['详情', detail]];
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return [['详情', detail]];
  return Object.entries(parsed as Record<string, unknown>).map(([key, value]) => [
    DETAIL_LABELS[key] ?? key,
    valueText(key, value),
  ]);
}
