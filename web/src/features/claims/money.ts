// 元 in the claims screens: the exact decimal string with thousands separators and two decimals, — for none.
import { yuanText } from '../underwriting/premium.ts';

export function money(yuan: string | null | undefined): string {
  return yuan ? yuanText(yuan) : '—';
}
