// CONTEXT: 导出 must produce exactly the rows the screen shows (same filter), and save the file under the Chinese
// name the server sends in an RFC 5987 filename* parameter.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { projectExportPath, projectFilterOf } from '../src/features/projects/projectExport.ts';
import {
  exportErrorMessage,
  exportFileName,
  fileNameFromContentDisposition,
  readBodyWithProgress,
} from '../src/shared/list/export.ts';

test('the search form becomes a filter without empty fields', () => {
  assert.deepEqual(projectFilterOf({}), {});
  assert.deepEqual(
    projectFilterOf({ divisionCode: '230100', name: '  松北 ', unitName: '', status: undefined }),
    {
      divisionCode: '230100',
      name: '松北',
    },
  );
  assert.deepEqual(projectFilterOf({ unitName: '建工', status: 'SUSPENDED' }), {
    unitName: '建工',
    status: 'SUSPENDED',
  });
  // 投保状态 (the manual's filter), next to the project's own 状态
  assert.deepEqual(projectFilterOf({ insuranceStatus: 'INSURED', status: 'UNDER_CONSTRUCTION' }), {
    status: 'UNDER_CONSTRUCTION',
    insuranceStatus: 'INSURED',
  });
});

test('the export URL carries the format and the same filter', () => {
  assert.equal(projectExportPath('csv', {}), '/exports/projects?format=csv');
  const path = projectExportPath('xlsx', {
    divisionCode: '230103',
    name: '学府路 A&B',
    status: 'UNDER_CONSTRUCTION',
  });
  const url = new URL(path, 'http://x');
  assert.equal(url.pathname, '/exports/projects');
  assert.equal(url.searchParams.get('format'), 'xlsx');
  assert.equal(url.searchParams.get('divisionCode'), '230103');
  assert.equal(url.searchParams.get('name'), '学府路 A&B');
  assert.equal(url.searchParams.get('status'), 'UNDER_CONSTRUCTION');
});

test('file name from Content-Disposition: filename* first, then filename, then the fallback', () => {
  const encoded = encodeURIComponent('项目信息-20261121.xlsx');
  assert.equal(
    fileNameFromContentDisposition(`attachment; filename="projects.xlsx"; filename*=UTF-8''${encoded}`, 'x'),
    '项目信息-20261121.xlsx',
  );
  assert.equal(
    fileNameFromContentDisposition(`attachment; filename*=utf-8'zh-CN'${encoded}`, 'x'),
    '项目信息-20261121.xlsx',
  );
  assert.equal(fileNameFromContentDisposition('attachment; filename="a \\"b\\".csv"', 'x'), 'a "b".csv');
  assert.equal(fileNameFromContentDisposition('attachment; filename=plain.csv', 'x'), 'plain.csv');
  assert.equal(
    fileNameFromContentDisposition(`attachment; filename*=UTF-8''%E9%A1%B9%ZZ; filename=b.csv`, 'x'),
    'b.csv',
  );
  assert.equal(
    fileNameFromContentDisposition(`attachment; filename*=UTF-8''..%2F..%2Fetc`, 'x'),
    '.._.._etc',
  );
  assert.equal(fileNameFromContentDisposition('attachment', 'fallback.xlsx'), 'fallback.xlsx');
  assert.equal(fileNameFromContentDisposition(null, 'fallback.xlsx'), 'fallback.xlsx');
  assert.equal(exportFileName('项目信息', 'csv', new Date('2026-01-05T03:00:00Z')), '项目信息-20260105.csv');
  // 00:30 in Beijing is still the day before in UTC: the platform's day names the file
  assert.equal(exportFileName('项目信息', 'csv', new Date('2026-01-04T16:30:00Z')), '项目信息-20260105.csv');
});

test('export errors are Chinese: the server message, else one by status', () => {
  assert.equal(
    exportErrorMessage(403, JSON.stringify({ errors: [{ message: '无权导出项目信息' }] })),
    '无权导出项目信息',
  );
  assert.equal(exportErrorMessage(401, ''), '登录已失效，请重新登录后再导出');
  assert.equal(exportErrorMessage(403, '', '项目信息'), '无权导出项目信息');
  assert.equal(exportErrorMessage(502, '<html>Bad Gateway</html>'), '服务器导出失败（502），请稍后重试');
});

test('the body is read with progress', async () => {
  const seen: Array<[number, number | null]> = [];
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(new Uint8Array([1, 2, 3]));
      c.enqueue(new Uint8Array([4, 5]));
      c.close();
    },
  });
  const response = new Response(body, { headers: { 'content-length': '5', 'content-type': 'text/csv' } });
  const blob = await readBodyWithProgress(response, (r, t) => seen.push([r, t]));
  assert.equal(blob.size, 5);
  assert.equal(blob.type, 'text/csv');
  assert.deepEqual(seen, [
    [3, 5],
    [5, 5],
  ]);
});

test('decimal amounts are grouped without floating point', async () => {
  const { groupThousands, dateRange } = await import('../src/shared/format.ts');
  assert.equal(groupThousands('12345678901.23'), '12,345,678,901.23');
  assert.equal(groupThousands('999'), '999');
  assert.equal(groupThousands('1000.000001'), '1,000.000001');
  assert.equal(groupThousands('not a number'), 'not a number');
  assert.equal(dateRange('2026-03-01', '2026-12-31'), '2026-03-01 至 2026-12-31');
});
