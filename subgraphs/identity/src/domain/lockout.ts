// 登录失败锁定: consecutive failed password logins lock the account for a while. Pure: the login service applies the
// outcome to the account, audits it and shows the message.

export interface LockoutPolicy {
  /** Consecutive failures that lock the account. */
  threshold: number;
  lockSeconds: number;
}

/** Locked at `now`? (A lock that has run out is no lock: the next attempt counts from 0 again.) */
export function isLocked(
  account: { lockedUntil?: Date | null },
  now: Date,
): account is { lockedUntil: Date } {
  return !!account.lockedUntil && account.lockedUntil > now;
}

export function lockedMessage(until: Date, now: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `连续登录失败次数过多，账号已锁定，请于${minutes}分钟后再试`;
}

/**
 * One more failed attempt. At the threshold the account locks and its count starts again; before it, the message
 * (what was wrong) says how many attempts are left.
 */
export function afterFailedAttempt(
  failedAttempts: number,
  now: Date,
  policy: LockoutPolicy,
  message: string,
): { failedAttempts: number; lockedUntil: Date | null; locked: boolean; message: string } {
  const count = failedAttempts + 1;
  if (count >= policy.threshold) {
    return {
      failedAttempts: 0,
      lockedUntil: new Date(now.getTime() + policy.lockSeconds * 1000),
      locked: true,
      message: `连续${policy.threshold}次登录失败，账号已锁定${Math.ceil(policy.lockSeconds / 60)}分钟`,
    };
  }
  return {
    failedAttempts: count,
    lockedUntil: null,
    locked: false,
    message: `${message}，再失败${policy.threshold - count}次账号将被锁定`,
  };
}
