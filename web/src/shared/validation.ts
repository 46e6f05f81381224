// Client-side mirror of the server's input rules (DOMAIN.md §6), so obvious mistakes are shown before a round trip.
// Each check returns a Chinese message, or null when the value is acceptable.

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** 统一社会信用代码, GB 32100-2015: 18 characters, weights 3^i mod 31, check = 31 − (Σ mod 31), 31 → 0. */
export function checkUscc(code: string): string | null {
  const value = code.trim().toUpperCase();
  if (value.length !== 18) return '统一社会信用代码应为18位';
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARS.indexOf(value[i]!);
    if (v < 0) return '统一社会信用代码含有无效字符';
    sum += v * (3 ** i % 31);
  }
  const check = (31 - (sum % 31)) % 31;
  if (USCC_CHARS.indexOf(value[17]!) !== check) return '统一社会信用代码校验位不正确';
  return null;
}

export function checkMobile(mobile: string): string | null {
  return /^1[3-9]\d{9}$/.test(mobile.trim()) ? null : '请输入正确的11位手机号码';
}

export function checkEmail(email: string): string | null {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()) ? null : '请输入正确的电子邮箱';
}

export type PasswordRules = { minLength: number; requiredClasses: number };

/** Character classes: lower case, upper case, digits, other symbols. */
export function checkPassword(password: string, rules: PasswordRules): string | null {
  if (password.length < rules.minLength) return `密码长度至少${rules.minLength}位`;
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((re) => re.test(password)).length;
  if (classes < rules.requiredClasses) {
    return `密码须包含大写字母、小写字母、数字、特殊字符中的至少${rules.requiredClasses}类`;
  }
  return null;
}

/** Adapts a check to an antd Form rule; empty values are left to the `required` rule. */
export function asRule(check: (value: string) => string | null) {
  return {
    validator: (_: unknown, value: unknown) => {
      if (value === undefined || value === null || value === '') return Promise.resolve();
      const message = check(String(value));
      return message ? Promise.reject(new Error(message)) : Promise.resolve();
    },
  };
}
