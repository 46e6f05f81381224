// Which roles sign in on which tab of the login page (SIGN_IN_ROLES, generated from identity's default policy):
// 证书登录 for the organisations' users, 密码登录 for regulators' staff, and 密码登录 followed by the personal
// certificate for the platform's operators. Said under each tab so nobody tries the other one first.
import { ROLE_LABELS } from '../../shared/labels.ts';
import { SIGN_IN_ROLES } from './generated/sign-in-policy.ts';

/** The hint under 密码登录 and under 证书登录. */
export function signInHints(roles: typeof SIGN_IN_ROLES = SIGN_IN_ROLES): {
  password: string;
  certificate: string;
} {
  const [password, both, certificate] = (['password', 'password+certificate', 'certificate'] as const).map(
    (m) => roles[m].map((r) => ROLE_LABELS[r]).join('、'),
  );
  return {
    password:
      [
        password ? `${password}使用用户名和密码登录` : '',
        both ? `${both}输入密码后，还须使用本人CA证书完成验证` : '',
      ]
        .filter(Boolean)
        .join('；') + '。',
    certificate: certificate ? `${certificate}使用本单位（专家为本人）的CA证书登录。` : '使用CA证书登录。',
  };
}
