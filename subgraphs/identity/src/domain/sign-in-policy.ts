// Which sign-in method each role must use (SIGN_IN_POLICY). The manuals have enterprises, insurers, brokers,
// prevention organisations and experts sign in with their CA certificate; platform operators (等保 2.0) use
// password + certificate; regulators' staff use a password. Pure rules: parsing the configuration, the method an
// account needs, and the answer to a method the policy does not allow.
import { ROLES, isRole, type Role } from '@anze/auth';

export const SIGN_IN_METHODS = ['password', 'certificate', 'password+certificate'] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

/** Roles of people who sign in (API clients use the client-credentials grant instead). */
export type SignInRole = Exclude<Role, 'API_CLIENT'>;
export type SignInPolicy = Readonly<Record<SignInRole, SignInMethod>>;

export const DEFAULT_SIGN_IN_POLICY: SignInPolicy = {
  ENTERPRISE: 'certificate',
  INSURER: 'certificate',
  BROKER: 'certificate',
  PREVENTION_ORG: 'certificate',
  EXPERT: 'certificate',
  REGULATOR: 'password',
  PLATFORM_ADMIN: 'password+certificate',
  AUDITOR: 'password+certificate',
};

const isSignInMethod = (m: string): m is SignInMethod => (SIGN_IN_METHODS as readonly string[]).includes(m);

/**
 * `ROLE:method,…` (methods: password, certificate, password+certificate) over the default policy: the roles listed
 * get their method, the others keep the default. Anything else is refused with the offending entry named, so a typo
 * stops the service at start instead of weakening the sign-in.
 */
export function parseSignInPolicy(raw: string | undefined, name = 'SIGN_IN_POLICY'): SignInPolicy {
  const policy: Record<SignInRole, SignInMethod> = { ...DEFAULT_SIGN_IN_POLICY };
  if (raw === undefined || raw.trim() === '') return policy;
  const seen = new Set<string>();
  for (const entry of raw.split(',').map((e) => e.trim())) {
    const [role, method, ...rest] = entry.split(':').map((p) => p.trim());
    if (!role || !method || rest.length)
      throw new Error(`${name}: "${entry}" is not ROLE:method (e.g. ENTERPRISE:certificate)`);
    if (!isRole(role) || role === 'API_CLIENT')
      throw new Error(
        `${name}: unknown role "${role}" (one of ${ROLES.filter((r) => r !== 'API_CLIENT').join(', ')})`,
      );
    if (!isSignInMethod(method))
      throw new Error(
        `${name}: unknown method "${method}" for ${role} (one of ${SIGN_IN_METHODS.join(', ')})`,
      );
    if (seen.has(role)) throw new Error(`${name}: ${role} is listed twice`);
    seen.add(role);
    policy[role] = method;
  }
  return policy;
}

const STRENGTH: Record<SignInMethod, number> = { password: 0, certificate: 1, 'password+certificate': 2 };

/** The method an account must use: the most demanding of its roles' (an account without roles: a password). */
export function requiredSignInMethod(policy: SignInPolicy, roles: readonly string[]): SignInMethod {
  let required: SignInMethod = 'password';
  for (const role of roles) {
    const m = isRole(role) && role !== 'API_CLIENT' ? policy[role] : undefined;
    if (m && STRENGTH[m] > STRENGTH[required]) required = m;
  }
  return required;
}

/**
 * Whether a sign-in by `used` satisfies `required`. Password + certificate contains both, so it satisfies every
 * policy; otherwise only the method itself does (a certificate alone does not stand in for a password).
 */
export function signInAllowed(required: SignInMethod, used: SignInMethod): boolean {
  return used === required || used === 'password+certificate';
}

/** What a refused sign-in answers: the method the account must use, in the words of the login page. */
export function signInMethodMessage(required: SignInMethod): string {
  if (required === 'certificate') return '该账号须使用数字证书（CA）登录，请选择 证书登录';
  if (required === 'password+certificate')
    return '该账号须使用 密码 + 证书 登录：请在密码登录中输入密码并使用此证书进行第二重身份验证';
  return '该账号须使用用户名和密码登录';
}
