import { childrenOf, fullName, getDivision, type Division } from '@anze/dictionaries';
import type { DivisionResolvers as DivisionResolverMap } from '../generated/graphql.ts';

export function divisionView(d: Division) {
  return { ...d, fullName: fullName(d.code) ?? d.name };
}

export const DivisionResolvers: DivisionResolverMap = {
  children: (d) => childrenOf(d.code).map(divisionView),
};

export function divisions(parent: string | null | undefined) {
  return childrenOf(parent ?? null).map(divisionView);
}

export function division(code: string) {
  const d = getDivision(code);
  return d ? divisionView(d) : null;
}
