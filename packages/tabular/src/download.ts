// A table as an HTTP download (导出 / 批量导出): the headers, the chosen writer, rows pulled from an async source no
// faster than the client takes them, and an honest end — a transfer cut short is destroyed, never ended like a
// complete file.
import type { ServerResponse } from 'node:http';
import { createCsvWriter } from './csv.ts';
import { createXlsxWriter } from './xlsx.ts';
import { OutputClosedError } from './sink.ts';
import type { Cell, Column, RowWriter } from './types.ts';

export type TableFormat = 'xlsx' | 'csv';

/** RFC 6266 / RFC 5987: an ASCII fallback and the UTF-8 name (项目信息-20261121.xlsx). */
export function contentDisposition(name: string, asciiFallback: string): string {
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export interface TableDownload {
  format: TableFormat;
  /** File name without extension, shown to the user (保单台帐-20261201), and its ASCII fallback. */
  fileName: string;
  asciiFileName: string;
  sheetName: string;
  columns: readonly Column[];
  rows: AsyncIterable<Cell[]>;
}

/** Streams the table; resolves with the rows sent and whether the client went away first. */
export async function sendTable(
  res: ServerResponse,
  t: TableDownload,
): Promise<{ rows: number; aborted: boolean }> {
  res.writeHead(200, {
    'content-type':
      t.format === 'xlsx'
        ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
        : 'text/csv; charset=utf-8',
    'content-disposition': contentDisposition(`${t.fileName}.${t.format}`, `${t.asciiFileName}.${t.format}`),
    'cache-control': 'no-store',
  });
  let aborted = false;
  let rows = 0;
  res.once('close', () => (aborted = !res.writableFinished));
  const writer: RowWriter =
    t.format === 'csv'
      ? createCsvWriter(res, { columns: [...t.columns] })
      : createXlsxWriter(res, { sheetName: t.sheetName, columns: [...t.columns] });
  try {
    for await (const row of t.rows) {
      if (aborted) break;
      await writer.addRow(row);
      rows++;
    }
    if (!aborted) await writer.end();
  } catch (error) {
    if (error instanceof OutputClosedError) aborted = true;
    else {
      res.destroy();
      throw error;
    }
  }
  return { rows, aborted };
}
