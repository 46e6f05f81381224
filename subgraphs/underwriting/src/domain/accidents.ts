// 事故 on 投保信息 (manual 二.1: "查看建筑施工企业上一年度施工过程中事故发生情况，并按相关规定确定保费浮动比例"): the
// enterprise's accidents whose 出险日期 lies in the 12 months up to today, from claims' events, and the row of the
// plan's floating table their worst grade points to. The insurer chooses the ratio in 审核; its choice and reason are
// recorded on the application (floatingRatio, floatingReason).
import { subMonths } from 'date-fns';
import type { IEnterpriseAccident } from './accident.entity.ts';
import { dayIn } from './calendar.ts';
import type { AccidentHistoryGrade } from './dictionaries.ts';
import type { IInsurancePlan } from './plan.entity.ts';

/** 493号令's grades as the floating table groups them: 重大 and 特别重大 share 重大及以上. */
const HISTORY_GRADE: Record<string, Exclude<AccidentHistoryGrade, 'NONE'>> = {
  GENERAL: 'GENERAL',
  LARGER: 'LARGER',
  MAJOR: 'MAJOR',
  EXTRAORDINARY: 'MAJOR',
};
const SEVERITY: AccidentHistoryGrade[] = ['NONE', 'GENERAL', 'LARGER', 'MAJOR'];

/** The first day of the previous-12-months window ending on `today` (YYYY-MM-DD, the platform's calendar). */
export function accidentWindowStart(today: string): string {
  return dayIn(subMonths(new Date(`${today}T12:00:00Z`), 12), 'UTC');
}

/** The 出险日期 window of 事故 on `now`'s day in the platform's calendar: the 12 months up to today. */
export function accidentWindow(now: Date, timeZone: string): { from: string; to: string } {
  const today = dayIn(now, timeZone);
  return { from: accidentWindowStart(today), to: today };
}

/** The floating table's grade for these accidents: the worst one, 上一年度无事故 without any. */
export function historyGradeOf(
  accidents: readonly Pick<IEnterpriseAccident, 'grade'>[],
): AccidentHistoryGrade {
  let worst: AccidentHistoryGrade = 'NONE';
  for (const a of accidents) {
    const grade = HISTORY_GRADE[a.grade] ?? 'GENERAL';
    if (SEVERITY.indexOf(grade) > SEVERITY.indexOf(worst)) worst = grade;
  }
  return worst;
}

/** The plan's ratio for that grade (a plan's floating table may leave a grade out: then 0). */
export function proposedRatio(
  plan: Pick<IInsurancePlan, 'floatingRates'>,
  grade: AccidentHistoryGrade,
): string {
  return plan.floatingRates.find((r) => r.accidentGrade === grade)?.ratio ?? '0';
}
