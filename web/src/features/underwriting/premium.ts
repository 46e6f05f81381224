// Pure rules of the underwriting screens: money and ratios as exact decimal strings (bigint arithmetic, never
// floats), the plans' terms as the manuals print them, and the warnings of 提交 (出单). No React or antd here, so
// web/test can run it under Node. The server decides; these only say early what it will say.
import { groupThousands } from '../../shared/format.ts';

const YUAN = /^(\d{1,15})(?:\.(\d{0,2}))?$/;
const RATIO = /^(-)?(\d{1,4})(?:\.(\d{0,4}))?$/;

/** 元 with at most two decimals → 分; null when it is not such an amount. Separators and blanks are ignored. */
export function toFen(text: string | null | undefined): bigint | null {
  const m = YUAN.exec((text ?? '').replace(/[,，\s]/g, ''));
  if (!m) return null;
  return BigInt(m[1]!) * 100n + BigInt((m[2] ?? '').padEnd(2, '0'));
}

/** 分 → 元 with two decimals ("12345" → "123.45"). */
export function fenToYuan(fen: bigint): string {
  const sign = fen < 0n ? '-' : '';
  const abs = fen < 0n ? -fen : fen;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** An amount in 元 as the lists show it: thousands separators, two decimals ("43074500" → "43,074,500.00"). */
export function yuanText(text: string): string {
  const fen = toFen(text);
  return groupThousands(fen === null ? text : fenToYuan(fen));
}

/** Why a 保费(元) (or another amount in 元) is refused next to its field, or null. */
export function checkYuan(text: string | null | undefined, label = '保费'): string | null {
  const cleaned = (text ?? '').replace(/[,，\s]/g, '');
  if (!cleaned) return `请填写${label}`;
  const fen = toFen(cleaned);
  if (fen === null) return `${label}应为数字，最多两位小数（单位：元）`;
  if (fen <= 0n) return `${label}必须大于0`;
  return null;
}

/** Whether an entered 保费 is another amount than the quote (1000 and 1,000.00 are the same amount). */
export function premiumDiffers(entered: string | null | undefined, quoteYuan: string): boolean {
  const a = toFen(entered);
  const b = toFen(quoteYuan);
  return a !== null && b !== null && a !== b;
}

/** A ratio (-0.10) in ten-thousandths; null when it is not a decimal with at most four places. */
export function toBasisPoints(text: string | null | undefined): bigint | null {
  const m = RATIO.exec((text ?? '').trim());
  if (!m) return null;
  const value = BigInt(m[2]!) * 10_000n + BigInt((m[3] ?? '').padEnd(4, '0'));
  return m[1] ? -value : value;
}

/** A ratio as a percentage with its sign: -0.1 → "-10%", 0.25 → "+25%", 0 → "0%". */
export function ratioText(ratio: string): string {
  const bp = toBasisPoints(ratio);
  if (bp === null) return ratio;
  const abs = bp < 0n ? -bp : bp;
  const whole = abs / 100n;
  const rest = (abs % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  const sign = bp > 0n ? '+' : bp < 0n ? '-' : '';
  return `${sign}${whole}${rest ? `.${rest}` : ''}%`;
}

/** Why a 浮动比例 is refused (the plan's floor and cap, as the server checks), or null. */
export function checkRatio(text: string | null | undefined, floor: string, cap: string): string | null {
  const value = (text ?? '').trim() || '0';
  const bp = toBasisPoints(value);
  if (bp === null) return '浮动比例应为小数，最多四位小数，如 -0.10 表示下浮10%';
  const lo = toBasisPoints(floor);
  const hi = toBasisPoints(cap);
  if ((lo !== null && bp < lo) || (hi !== null && bp > hi)) {
    return `浮动比例应在 ${ratioText(floor)} 至 ${ratioText(cap)} 之间（方案规定）`;
  }
  return null;
}

/** Whether a ratio is other than zero (and so needs its reason). */
export function isNonZeroRatio(text: string | null | undefined): boolean {
  const bp = toBasisPoints((text ?? '').trim() || '0');
  return bp !== null && bp !== 0n;
}

/** A limit in 元 as the plans state it: whole 万元 as 万元 (400000.00 → 40万元), else 元. */
export function limitText(yuan: string): string {
  const fen = toFen(yuan);
  if (fen === null) return yuan;
  if (fen % 1_000_000n === 0n) return `${groupThousands(String(fen / 1_000_000n))}万元`;
  return `${yuanText(yuan)}元`;
}

/** The 工程造价 range of each rate tier: "≤ 1000万元", "1000万元 – 1亿元", "> 10亿元". */
export function tierRanges(tiers: readonly { upToYuan: string | null }[]): string[] {
  const bound = (yuan: string) => {
    const fen = toFen(yuan);
    if (fen !== null && fen % 10_000_000_000n === 0n) return `${fen / 10_000_000_000n}亿元`;
    return limitText(yuan);
  };
  return tiers.map((t, i) => {
    const previous = i > 0 ? tiers[i - 1]!.upToYuan : null;
    if (t.upToYuan === null) return previous === null ? '全部' : `> ${bound(previous)}`;
    return previous === null ? `≤ ${bound(t.upToYuan)}` : `${bound(previous)} – ${bound(t.upToYuan)}`;
  });
}

/** What 提交 (出单) warns about in the period: the 终止日期 before the project's 计划竣工日期. Dates as YYYY-MM-DD. */
export function periodWarnings(period: {
  effectiveDate?: string | null | undefined;
  expiryDate?: string | null | undefined;
  plannedEnd?: string | null | undefined;
}): string[] {
  const { effectiveDate, expiryDate, plannedEnd } = period;
  const warnings: string[] = [];
  if (expiryDate && plannedEnd && expiryDate < plannedEnd) {
    warnings.push(
      `保险期间未覆盖项目计划竣工日期（${plannedEnd}），终止日期为 ${expiryDate}，竣工前需顺延或续保`,
    );
  }
  if (effectiveDate && plannedEnd && effectiveDate > plannedEnd) {
    warnings.push(`生效日期晚于项目计划竣工日期（${plannedEnd}）`);
  }
  return warnings;
}

/** Why a period is refused: 终止日期 not after 生效日期. */
export function checkPeriod(effectiveDate?: string | null, expiryDate?: string | null): string | null {
  if (effectiveDate && expiryDate && expiryDate <= effectiveDate) return '终止日期应晚于生效日期';
  return null;
}

/** 联系电话: a mobile (13936313636) or a landline with its area code (0451-82554666). */
export function checkPhone(text: string): string | null {
  const value = text.trim();
  if (/^1[3-9]\d{9}$/.test(value) || /^0\d{2,3}-?\d{7,8}$/.test(value)) return null;
  return '请输入正确的手机号码或固定电话（如 0451-82554666）';
}

/** Whether a 保费 lies above the plan's plausible maximum (出单 then needs an explicit confirmation). */
export function isImplausiblePremium(
  premiumYuan: string | null | undefined,
  plausibleMaximumYuan: string,
): boolean {
  const premium = toFen(premiumYuan);
  const maximum = toFen(plausibleMaximumYuan);
  return premium !== null && maximum !== null && premium > maximum;
}
