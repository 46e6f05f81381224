// Passwords: argon2id (OWASP parameters), complexity rules from 等保 2.0 practice.
import { hash, verify } from '@node-rs/argon2';
import { randomInt } from 'node:crypto';

const ARGON2 = {
  algorithm: 2 /* Argon2id (a const enum, not importable under type stripping) */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export interface PasswordPolicy {
  minLength: number;
  /** How many of: lower case, upper case, digits, symbols. */
  requiredClasses: number;
}

export function describePolicy(p: PasswordPolicy): string {
  return `密码至少${p.minLength}位，且包含大写字母、小写字母、数字、特殊符号中的至少${p.requiredClasses}类，不能包含登录名`;
}

/** A Chinese message when the password breaks the policy, otherwise null. */
export function checkPassword(
  password: string,
  policy: PasswordPolicy,
  username?: string | null,
): string | null {
  if (password.length < policy.minLength) return `密码长度不能少于${policy.minLength}位`;
  if (password.length > 128) return '密码长度不能超过128位';
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < policy.requiredClasses) return describePolicy(policy);
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase()))
    return '密码不能包含登录名';
  return null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function passwordMatches(hashed: string | null, password: string): Promise<boolean> {
  if (!hashed) return false;
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the user does not exist, so timing does not reveal which usernames exist. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  return (dummyHash ??= hashPassword('dummy-password-for-timing'));
}

/** An initial password that satisfies any sensible policy: issued by an administrator, changed at first login. */
export function generateInitialPassword(): string {
  const sets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', '!@#$%&*?'];
  const chars = sets.map((s) => s[randomInt(s.length)]!);
  const all = sets.join('');
  while (chars.length < 14) chars.push(all[randomInt(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
