// 监管统计 read side: one indexed lookup of counter rows for a division and its breakdown. No aggregation at query
// time: the numbers were maintained when the events were applied.
import type { EntityManager } from '@mikro-orm/postgresql';
import { fenToYuan } from '@anze/domain';
import { breakdownOf, divisionLabel, levelOf, type StatisticsLevel } from './divisions.ts';
import { findDivisionCounters, type DivisionCounts } from './read-model.repository.ts';

export interface Ratio {
  numerator: number;
  denominator: number;
  /** Percentage rounded to two decimals; null when the denominator is 0 (no enterprise with projects). */
  percentage: number | null;
}

export interface DivisionMetrics {
  divisionCode: string;
  divisionName: string;
  level: StatisticsLevel;
  /** 项目总数 */
  projectTotal: number;
  enterprisesWithProjects: number;
  registeredEnterprises: number;
  /** 注册比率 = registeredEnterprises / enterprisesWithProjects, exactly, plus a rounded percentage. */
  registrationRatio: Ratio;
  /** 投保笔数: insured projects, each once however many policies, whatever their status. */
  insuredProjects: number;
  /** 投保比率 = insured valid projects / 项目总数. */
  insuranceRatio: Ratio;
  /** 出险笔数: claims recorded, whatever their state. */
  claimCount: number;
  /** 赔款金额: the 已决金额 entered (settled claims, and reopened ones until settled again), exact 元, two decimals. */
  claimAmountYuan: string;
}

export function ratio(numerator: number, denominator: number): Ratio {
  return {
    numerator,
    denominator,
    percentage: denominator === 0 ? null : Math.round((numerator * 10000) / denominator) / 100,
  };
}

const NONE: DivisionCounts = {
  projectTotal: 0,
  enterprisesWithProjects: 0,
  registeredEnterprises: 0,
  insuredProjects: 0,
  insuredValidProjects: 0,
  claimsRecorded: 0,
  settledAmountFen: 0n,
};

function metricsOf(code: string, counts: DivisionCounts = NONE, short: boolean): DivisionMetrics {
  const { projectTotal, enterprisesWithProjects, registeredEnterprises } = counts;
  return {
    divisionCode: code,
    divisionName: divisionLabel(code, short),
    level: levelOf(code),
    projectTotal,
    enterprisesWithProjects,
    registeredEnterprises,
    registrationRatio: ratio(registeredEnterprises, enterprisesWithProjects),
    insuredProjects: counts.insuredProjects,
    insuranceRatio: ratio(counts.insuredValidProjects, projectTotal),
    claimCount: counts.claimsRecorded,
    claimAmountYuan: fenToYuan(counts.settledAmountFen),
  };
}

/** The division's numbers and those of each division one level down (in code order, zeros included). */
export async function regulatorMetrics(
  em: EntityManager,
  code: string,
): Promise<DivisionMetrics & { children: DivisionMetrics[] }> {
  const children = breakdownOf(code);
  const codes = [code, ...children];
  const byCode = await findDivisionCounters(em, codes);
  return {
    ...metricsOf(code, byCode.get(code), false),
    children: children.map((c) => metricsOf(c, byCode.get(c), true)),
  };
}
