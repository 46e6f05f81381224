// 统一社会信用代码 (Unified Social Credit Identifier), GB 32100-2015.
// Layout: [1] 登记管理部门代码 [2] 机构类别代码 [3–8] 登记管理机关行政区划码
//         [9–17] 主体标识码 [18] 校验码.

/** The 31 code characters; I, O, Z, S, V are excluded to avoid confusion with digits. */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

// 3^i mod 31 for positions 0..16.
const WEIGHTS: readonly number[] = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

// GB 32100-2015 defines 1 机构编制, 5 民政, 9 工商 and Y 其他; 2–4, 6–8 (外交, 司法行政,
// 文化, 旅游, 宗教, 工会), A (中央军委改革和编制办公室) and N (农业) were assigned later. We
// accept the whole known set: refusing a real code would block a legitimate company.
const REGISTRATION_AUTHORITIES = new Set(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'A', 'N', 'Y']);

/** Trims surrounding whitespace and upper-cases; check functions themselves are strict. */
export function normaliseUscc(input: string): string {
  return input.trim().toUpperCase();
}

/** The check character for the first 17 characters (which must be in the charset). */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  const check = (31 - (sum % 31)) % 31;
  return CHARSET.charAt(check);
}

/** Returns a Chinese error message, or null when the code is valid. Expects normalised input. */
export function checkUscc(code: string): string | null {
  if (code.length === 0) return '请填写统一社会信用代码';
  if (code.length !== 18) return `统一社会信用代码应为18位，当前为${code.length}位`;
  for (const ch of code) {
    if (!CHARSET.includes(ch)) {
      return `统一社会信用代码含有非法字符“${ch}”（仅允许数字和除 I、O、Z、S、V 以外的大写字母）`;
    }
  }
  if (!REGISTRATION_AUTHORITIES.has(code.charAt(0))) return '统一社会信用代码第1位（登记管理部门代码）无效';
  // Every 机构类别代码 assigned so far is a digit 1–9.
  if (!/^[1-9]$/.test(code.charAt(1))) return '统一社会信用代码第2位（机构类别代码）无效';
  // Format only: the registering authority's division may since have been abolished.
  if (!/^\d{6}$/.test(code.slice(2, 8))) return '统一社会信用代码第3–8位应为6位数字的行政区划码';
  if (usccCheckChar(code.slice(0, 17)) !== code.charAt(17))
    return '统一社会信用代码校验位错误，请核对后重新输入';
  return null;
}

export function isValidUscc(code: string): boolean {
  return checkUscc(code) === null;
}
