// Contact details as they occur in registrations, dispatch orders and expert profiles.
// All checks expect trimmed input and return a Chinese error message or null.

const MOBILE = /^1[3-9]\d{9}$/;
// 区号 is 3 digits for the big cities (010, 02x) and 4 for the rest (0451, 0453, …);
// local numbers are 7–8 digits not starting with 0, optionally followed by an extension (分机).
const LANDLINE = /^0\d{2,3}-[1-9]\d{6,7}(?:-\d{1,6})?$/;
// Practical subset of RFC 5322 addr-spec: dot-atom local part and a dotted
// domain with a letter TLD. Quoted local parts and IP-literal domains are refused.
const EMAIL =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
const EMAIL_MAX_LENGTH = 254;
const EMAIL_LOCAL_MAX_LENGTH = 64;

export function checkMobile(value: string): string | null {
  if (value.length === 0) return '请填写手机号码';
  if (!MOBILE.test(value)) return '手机号码格式错误，应为1开头的11位数字';
  return null;
}

export function checkLandline(value: string): string | null {
  if (value.length === 0) return '请填写固定电话';
  if (!LANDLINE.test(value)) return '固定电话格式错误，应为“区号-号码”，如 0451-55918888';
  return null;
}

/** A contact phone may be a mobile or a landline. */
export function checkContactPhone(value: string): string | null {
  if (value.length === 0) return '请填写联系电话';
  if (MOBILE.test(value) || LANDLINE.test(value)) return null;
  return '联系电话格式错误，请填写11位手机号码或“区号-号码”格式的固定电话';
}

export function checkEmail(value: string): string | null {
  if (value.length === 0) return '请填写电子邮箱';
  if (value.length > EMAIL_MAX_LENGTH) return `电子邮箱不能超过${EMAIL_MAX_LENGTH}个字符`;
  const at = value.lastIndexOf('@');
  if (at > EMAIL_LOCAL_MAX_LENGTH || !EMAIL.test(value)) return '电子邮箱格式错误';
  return null;
}
