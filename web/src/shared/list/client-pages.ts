// A list the API cannot filter the way the screen asks: every page is fetched (useAllPages), then filtered and
// paginated here, so 共 N 项 counts what the filter found. No React here: web/test runs it.
import type { Paging } from './pagination.ts';

/** The API's largest page (10 / 20 / 50 条/页). */
export const API_PAGE_SIZE = 50;
/** More rows than this are not fetched for filtering in the browser: the screen says so. */
export const CLIENT_FILTER_LIMIT = 2000;

export type ClientPage<Row> = { items: Row[]; total: number; page: number; pageSize: number };

/** One page of rows already filtered in the browser. */
export function clientPage<Row>(rows: readonly Row[], paging: Paging): ClientPage<Row> {
  const start = (paging.page - 1) * paging.pageSize;
  return {
    items: rows.slice(start, start + paging.pageSize),
    total: rows.length,
    page: paging.page,
    pageSize: paging.pageSize,
  };
}

/** Case-insensitive "contains", trimmed; an empty needle matches everything. */
export function contains(haystack: string | null | undefined, needle: string | null | undefined): boolean {
  const n = needle?.trim().toLowerCase();
  if (!n) return true;
  return (haystack ?? '').toLowerCase().includes(n);
}
