// 工程造价: one exact amount in 分 (bigint). Entered in 元 (Benxi) or 万元 (Heilongjiang) as decimal strings, never
// floats; shown in either unit by exact integer arithmetic.

import { plainDecimal } from '@anze/domain';

const FEN_PER_YUAN = 100n;
const FEN_PER_WAN = 1_000_000n;
/** 1000 亿元: larger amounts are typos (extra zeros, 万元 typed as 元…), not construction projects. */
export const MAX_COST_FEN = 100_000_000_000n * FEN_PER_YUAN;

/** `"12345.6"` with at most `decimals` digits after the point → integer in units of 10^-decimals; null if malformed. */
function parseDecimal(text: string, decimals: number): bigint | null {
  const plain = plainDecimal(text);
  const m = plain === null ? null : /^(\d{1,15})(?:\.(\d+))?$/.exec(plain);
  if (!m) return null;
  const fraction = m[2] ?? '';
  if (fraction.length > decimals) return null;
  return BigInt(m[1]!) * 10n ** BigInt(decimals) + BigInt(fraction.padEnd(decimals, '0') || '0');
}

export type CostParse = { fen: bigint } | { error: string; field: string };

export function parseCost(input: { costYuan?: string | null; investmentWan?: string | null }): CostParse {
  const yuan = input.costYuan?.trim();
  const wan = input.investmentWan?.trim();
  if (yuan && wan) return { error: '工程造价（元）与投资规模（万元）只填写一项', field: 'investmentWan' };
  if (!yuan && !wan) return { error: '请填写工程造价', field: 'costYuan' };
  const field = yuan ? 'costYuan' : 'investmentWan';
  // 万元 with 6 decimals is exactly 1 分.
  const fen = yuan ? parseDecimal(yuan, 2) : parseDecimal(wan!, 6);
  if (fen === null) {
    return {
      error: yuan
        ? '工程造价应为数字，最多两位小数（单位：元），千位分隔符只能每三位一个，如 1,234,567.89'
        : '投资规模应为数字，最多六位小数（单位：万元）',
      field,
    };
  }
  if (fen <= 0n) return { error: '工程造价必须大于0', field };
  if (fen > MAX_COST_FEN) return { error: '工程造价超出合理范围（不超过1000亿元），请核对单位', field };
  return { fen };
}

function formatScaled(value: bigint, scale: bigint, decimals: number, minDecimals: number): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const whole = abs / scale;
  let fraction = (abs % scale).toString().padStart(decimals, '0');
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}

/** Exact 元 with two decimals: `123456789` 分 → `"1234567.89"`. */
export function fenToYuan(fen: bigint): string {
  return formatScaled(fen, FEN_PER_YUAN, 2, 2);
}

/** Exact 万元, trailing zeros trimmed (at least 2 decimals): `123456789` 分 → `"123.456789"`. */
export function fenToWan(fen: bigint): string {
  return formatScaled(fen, FEN_PER_WAN, 6, 2);
}
