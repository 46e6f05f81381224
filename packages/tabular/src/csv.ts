// CSV for spreadsheets: UTF-8 with a BOM (without it Excel reads GBK), CRLF lines, RFC 4180 quoting, and cells that
// would run as formulas neutralised.
import type { Writable } from 'node:stream';
import { createSink } from './sink.ts';
import { createChunks } from './chunks.ts';
import { type Cell, type Column, type RowWriter } from './types.ts';

/** A string cell starting with = + - @ (or tab/CR, which Excel skips) would run as a formula: prefix it with '. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: readonly Cell[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += (i ? ',' : '') + csvCell(values[i]);
  return `${line}\r\n`;
}

export function createCsvWriter(out: Writable, options: { columns: readonly Column[] }): RowWriter {
  const sink = createSink(out);
  // One write per ~64 KiB rather than per row: fewer chunks for the socket and the gateway to pass on.
  const chunks = createChunks();
  chunks.append(`\uFEFF${csvLine(options.columns.map((c) => c.header))}`);
  let pending: Promise<void> | undefined;

  async function flush(all: boolean): Promise<void> {
    for (let ready = chunks.take(all); ready.length; ready = chunks.take(all)) {
      for (const b of ready) await sink.write(b);
    }
  }

  return {
    get buffered() {
      return chunks.size;
    },
    addRow(values) {
      sink.check();
      if (!chunks.append(csvLine(values)) || pending) return pending;
      pending = flush(false).finally(() => (pending = undefined));
      return pending;
    },
    async end() {
      if (pending) await pending;
      await flush(true);
      await sink.end();
    },
  };
}
