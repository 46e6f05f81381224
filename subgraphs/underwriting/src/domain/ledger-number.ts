// 保单台帐 项目号: CB-YYYYMMDD-HHMMSS-XXXXXXX — the issue time in the platform time zone and 7 random upper-case hex
// digits (28 bits: two issues in the same second collide with odds of 1 in 268 million; the unique index refuses
// the rest and the issue is retried by the client's idempotent resend).
import { randomBytes } from 'node:crypto';
import { dateTimeIn } from './calendar.ts';

export const LEDGER_NUMBER = /^CB-\d{8}-\d{6}-[0-9A-F]{7}$/;

export function ledgerNumber(at: Date, timeZone: string): string {
  const stamp = dateTimeIn(at, timeZone).replace(/-|:/g, '').replace(' ', '-');
  const hex = randomBytes(4).toString('hex').slice(0, 7).toUpperCase();
  return `CB-${stamp}-${hex}`;
}
