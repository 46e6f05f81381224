// Exact amounts: 分 as bigint, typed in 元 or 万元 as decimal strings (never floats), shown by integer arithmetic.
import { plainDecimal } from './input.ts';

export const FEN_PER_YUAN = 100n;
export const FEN_PER_WAN = 1_000_000n;

/** `"12345.6"` with at most `decimals` digits after the point → integer in units of 10^-decimals; null if malformed. */
export function parseScaledDecimal(text: string, decimals: number): bigint | null {
  const plain = plainDecimal(text);
  const m = plain === null ? null : /^(\d{1,15})(?:\.(\d+))?$/.exec(plain);
  if (!m) return null;
  const fraction = m[2] ?? '';
  if (fraction.length > decimals) return null;
  return BigInt(m[1]!) * 10n ** BigInt(decimals) + BigInt(fraction.padEnd(decimals, '0') || '0');
}

/** 元 with at most two decimals → 分; null if malformed. */
export function parseYuan(text: string): bigint | null {
  return parseScaledDecimal(text, 2);
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
