// The manuals' list pagination: 共 N 项, 10/20/50 条/页 (the page sizes the API accepts); a new page size starts
// again at page 1.
import type { TablePaginationConfig } from 'antd';

export interface ListPage {
  page: number;
  pageSize: number;
}

export function listPagination(
  current: ListPage,
  total: number,
  onChange: (next: ListPage) => void,
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
