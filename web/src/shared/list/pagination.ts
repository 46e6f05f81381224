// The manuals' list pagination: 共 N 项, 10/20/50 条/页 (the page sizes the API accepts); a new page size starts
// again at page 1.
import type { TablePaginationConfig } from 'antd';

export interface Paging {
  page: number;
  pageSize: number;
}

export const FIRST_PAGE: Paging = { page: 1, pageSize: 10 };

export function listPagination(
  current: Paging,
  total: number,
  onChange: (next: Paging) => void,
): TablePaginationConfig {
  return {
    current: current.page,
    pageSize: current.pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50],
    showTotal: (n) => `共 ${n} 项`,
    onChange: (page, pageSize) => onChange({ page: pageSize === current.pageSize ? page : 1, pageSize }),
  };
}
