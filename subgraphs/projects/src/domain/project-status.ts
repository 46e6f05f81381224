// 项目状态, a state machine:
//   UNDER_CONSTRUCTION(在建) ⇄ SUSPENDED(停工); UNDER_CONSTRUCTION | SUSPENDED → COMPLETED(竣工); COMPLETED is final
//   (a finished project that restarts is a new project with its own code and insurance).
import { badInput, conflict } from '@anze/auth';
import { PROJECT_STATUSES, type ProjectStatus } from './dictionaries.ts';

export const TRANSITIONS: Readonly<Record<ProjectStatus, readonly ProjectStatus[]>> = {
  UNDER_CONSTRUCTION: ['SUSPENDED', 'COMPLETED'],
  SUSPENDED: ['UNDER_CONSTRUCTION', 'COMPLETED'],
  COMPLETED: [],
};

export function canTransition(from: ProjectStatus, to: ProjectStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function assertTransition(from: ProjectStatus, to: ProjectStatus): void {
  if (from === to) throw conflict(`项目已是“${PROJECT_STATUSES[to]}”状态`, 'status');
  if (!canTransition(from, to)) {
    throw conflict(`项目当前为“${PROJECT_STATUSES[from]}”，不能变更为“${PROJECT_STATUSES[to]}”`, 'status');
  }
}

/** 重大危险源 are registered while a project is under way: a completed project takes no new ones. */
export function assertAcceptsMajorHazards(status: ProjectStatus): void {
  if (status === 'COMPLETED') throw conflict('项目已竣工，不能登记重大危险源');
}

/** 变更原因: optional, trimmed, at most 500 characters. */
export function statusChangeReason(reason: string | null | undefined): string | null {
  const why = reason?.trim() || null;
  if (why && why.length > 500) throw badInput('原因不能超过500个字符', 'reason');
  return why;
}
