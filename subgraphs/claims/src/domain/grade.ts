// 事故等级 by 国务院493号令《生产安全事故报告和调查处理条例》第三条: the highest grade any one measure reaches.
// "以上"包括本数，"以下"不包括本数: 3 deaths is already 较大, 10 is 重大, 30 is 特别重大; likewise 10/50/100 serious
// injuries (重伤, 包括急性工业中毒) and 1000万/5000万/1亿 元 of direct economic loss.
import type { AccidentGrade } from './dictionaries.ts';

const YUAN = 100n;
const WAN = 10_000n * YUAN;

/** From the lowest to the highest grade: the thresholds (inclusive) that reach it. */
const THRESHOLDS: ReadonlyArray<{ grade: AccidentGrade; deaths: number; injuries: number; lossFen: bigint }> =
  [
    { grade: 'EXTRAORDINARY', deaths: 30, injuries: 100, lossFen: 10_000n * WAN },
    { grade: 'MAJOR', deaths: 10, injuries: 50, lossFen: 5_000n * WAN },
    { grade: 'LARGER', deaths: 3, injuries: 10, lossFen: 1_000n * WAN },
  ];

export interface GradeInput {
  deaths: number;
  seriousInjuries: number;
  directLossFen: bigint;
}

export function accidentGrade(i: GradeInput): AccidentGrade {
  for (const t of THRESHOLDS)
    if (i.deaths >= t.deaths || i.seriousInjuries >= t.injuries || i.directLossFen >= t.lossFen)
      return t.grade;
  return 'GENERAL';
}
