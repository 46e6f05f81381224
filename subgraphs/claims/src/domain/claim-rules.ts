// The claim's rules as pure functions: reading the form, late reporting, the figures a settlement must stay within.
// Every refusal is a DomainError in Chinese naming the field; nothing here reads or writes the database.
import { randomBytes } from 'node:crypto';
import { badInput, fenToYuan, isCalendarDate, parseYuan } from '@anze/domain';
import type { IClaimPolicy } from './policy.entity.ts';

/** The calendar day of an instant in the platform time zone, YYYY-MM-DD (sv-SE formats dates that way). */
export function dayOf(instant: Date, timeZone: string): string {
  return instant.toLocaleDateString('sv-SE', { timeZone });
}

/** Whole days from `from` to `to` (YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Reported more than `reportingDays` after 出险日期: allowed, flagged (事故应在30日内报告). */
export function isLateReport(accidentDate: string, reportedDate: string, reportingDays: number): boolean {
  return daysBetween(accidentDate, reportedDate) > reportingDays;
}

export function readDate(value: string, field: string): string {
  if (!isCalendarDate(value)) throw badInput('日期格式错误，应为YYYY-MM-DD', field);
  return value;
}

/** A count of people: a whole number from 0 to 10 000. */
export function readCount(value: number, field: string, label: string): number {
  if (!Number.isInteger(value) || value < 0 || value > 10_000)
    throw badInput(`${label}应为0至10000之间的整数`, field);
  return value;
}

/** An amount in 元 (at most two decimals, not negative) → 分. */
export function readAmount(value: string, field: string, label: string): bigint {
  const fen = parseYuan(value);
  if (fen === null) throw badInput(`${label}应为金额（元），最多两位小数`, field);
  return fen;
}

export function readOptionalAmount(
  value: string | null | undefined,
  field: string,
  label: string,
): bigint | null {
  return value === null || value === undefined || value.trim() === ''
    ? null
    : readAmount(value, field, label);
}

/** 理赔编号 LP-YYYYMMDD-XXXXXX: the day it was entered and 6 hex digits, random by default (a unique index backs it). */
export function claimNumber(day: string, hex = randomBytes(3).toString('hex')): string {
  return `LP-${day.replaceAll('-', '')}-${hex.toUpperCase()}`;
}

export type PolicyLimits = Pick<
  IClaimPolicy,
  'deathDisabilityLimitFen' | 'medicalLimitFen' | 'perAccidentLimitFen' | 'cumulativeLimitFen'
>;

export interface SettlementCheck {
  amountFen: bigint;
  deathCount: number;
  injuredCount: number;
  /** What the policy's other claims have been settled at. */
  settledElsewhereFen: bigint;
  field: string;
}

const yuan = (fen: bigint) => `${fenToYuan(fen)} 元`;

/**
 * A settled amount must stay within the plan: the per-person limits (死亡伤残 + 医疗) times the persons (伤残 + 死亡),
 * the per-accident limit, and what is left of the policy's cumulative limit. Each refusal gives the figures.
 */
export function checkSettlement(limits: PolicyLimits, c: SettlementCheck): void {
  const persons = BigInt(c.deathCount + c.injuredCount);
  const perPerson = limits.deathDisabilityLimitFen + limits.medicalLimitFen;
  const personsLimit = perPerson * persons;
  if (c.amountFen > personsLimit)
    throw badInput(
      `已决金额 ${yuan(c.amountFen)}超过每人限额 × 伤亡人数：（每人死亡伤残限额 ${yuan(limits.deathDisabilityLimitFen)} + 每人医疗费用限额 ${yuan(limits.medicalLimitFen)}）× ${persons} 人 = ${yuan(personsLimit)}`,
      c.field,
    );
  if (c.amountFen > limits.perAccidentLimitFen)
    throw badInput(
      `已决金额 ${yuan(c.amountFen)}超过每次事故限额 ${yuan(limits.perAccidentLimitFen)}`,
      c.field,
    );
  const total = c.settledElsewhereFen + c.amountFen;
  if (total > limits.cumulativeLimitFen) {
    const left = limits.cumulativeLimitFen - c.settledElsewhereFen;
    throw badInput(
      `该保单累计已决金额 ${yuan(c.settledElsewhereFen)}，加上本次 ${yuan(c.amountFen)}共 ${yuan(total)}，超过累计限额 ${yuan(limits.cumulativeLimitFen)}（剩余可赔 ${yuan(left > 0n ? left : 0n)}）`,
      c.field,
    );
  }
}

/** What a claim copies from its policy when reported: lists scope, filter and show it from local columns. */
export function policyFieldsOf(p: IClaimPolicy) {
  return {
    policyId: p.id,
    policyNumber: p.policyNumber,
    projectId: p.projectId,
    projectName: p.projectName,
    projectCode: p.projectCode,
    divisionCode: p.divisionCode,
    organisationId: p.organisationId,
    insurerId: p.insurerId,
    brokerId: p.brokerId ?? null,
  };
}
