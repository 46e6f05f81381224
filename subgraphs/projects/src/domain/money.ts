// 工程造价: one exact amount in 分 (bigint). Entered in 元 (Benxi) or 万元 (Heilongjiang) as decimal strings, never
// floats; shown in either unit by exact integer arithmetic.

import { FEN_PER_YUAN, fenToWan, fenToYuan, parseScaledDecimal } from '@anze/domain';

export { fenToWan, fenToYuan };

/** 1000 亿元: larger amounts are typos (extra zeros, 万元 typed as 元…), not construction projects. */
export const MAX_COST_FEN = 100_000_000_000n * FEN_PER_YUAN;

export type CostParse = { fen: bigint } | { error: string; field: string };

export function parseCost(input: { costYuan?: string | null; investmentWan?: string | null }): CostParse {
  const yuan = input.costYuan?.trim();
  const wan = input.investmentWan?.trim();
  if (yuan && wan) return { error: '工程造价（元）与投资规模（万元）只填写一项', field: 'investmentWan' };
  if (!yuan && !wan) return { error: '请填写工程造价', field: 'costYuan' };
  const field = yuan ? 'costYuan' : 'investmentWan';
  // 万元 with 6 decimals is exactly 1 分.
  const fen = yuan ? parseScaledDecimal(yuan, 2) : parseScaledDecimal(wan!, 6);
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
