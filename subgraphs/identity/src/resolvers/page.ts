import { badInput } from '@anze/auth';

export interface PageInput {
  page?: number | null;
  pageSize?: number | null;
}

/** 10 / 20 / 50 条/页; anything else is refused rather than silently changed. */
export function pageOf(input: PageInput | null | undefined) {
  const page = input?.page ?? 1;
  const pageSize = input?.pageSize ?? 10;
  if (!Number.isInteger(page) || page < 1) throw badInput('页码必须是正整数', 'page');
  if (![10, 20, 50, 100].includes(pageSize)) throw badInput('每页条数只能是10、20、50或100', 'pageSize');
  return { page, pageSize, limit: pageSize, offset: (page - 1) * pageSize };
}
