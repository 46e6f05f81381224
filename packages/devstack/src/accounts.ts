// The demo accounts table `npm start` prints: who can sign in, with which password or certificate, and how — the
// sign-in method of the account's role under identity's SIGN_IN_POLICY (the same variable identity reads), so the
// table says 证书登录 where a password would be refused.
import { relative, resolve } from 'node:path';
import {
  parseSignInPolicy,
  requiredSignInMethod,
  type SignInMethod,
} from '@anze/identity/domain/sign-in-policy';
import { table } from './log.ts';
import type { DemoAccount } from './platform.ts';

/** The login page's words for each method. */
export const SIGN_IN_LABELS: Readonly<Record<SignInMethod, string>> = {
  certificate: '证书登录',
  password: '密码登录',
  'password+certificate': '密码登录 + 证书验证',
};

function organisationName(o: unknown): string {
  if (typeof o === 'string') return o;
  if (o && typeof o === 'object') {
    const r = o as Record<string, unknown>;
    for (const k of ['name', 'shortName', 'code', 'id']) if (typeof r[k] === 'string') return r[k];
  }
  return o === undefined || o === null ? '' : JSON.stringify(o);
}

/** The table; certificate paths relative to the working directory, the method from `env.SIGN_IN_POLICY`. */
export function accountsTable(
  accounts: DemoAccount[],
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  // identity refuses to start on an invalid policy; the table then shows the default rather than failing too.
  let policy;
  try {
    policy = parseSignInPolicy(env.SIGN_IN_POLICY);
  } catch {
    policy = parseSignInPolicy(undefined);
  }
  const rows = accounts.map((a) => {
    const cert = a.certificate ? relative(process.cwd(), resolve(dataDir, a.certificate)) : '';
    return [
      a.role ?? '',
      a.username ?? '',
      SIGN_IN_LABELS[requiredSignInMethod(policy, a.role ? [a.role] : [])],
      a.password ?? '',
      cert + (cert && a.certificatePassword ? ` (口令 ${a.certificatePassword})` : ''),
      organisationName(a.organisation),
    ];
  });
  return table(['role', 'username', '登录方式', 'password', 'certificate', 'organisation'], rows);
}
