export { createXlsxWriter, type XlsxOptions } from './xlsx.ts';
export { createCsvWriter, csvCell, csvLine } from './csv.ts';
export { createZipWriter, type ZipWriter, type ZipEntryWriter, type ZipOptions } from './zip.ts';
export { OutputClosedError } from './sink.ts';
export { xmlText } from './xml.ts';
export type { Cell, Column, RowWriter } from './types.ts';
export { sendTable, contentDisposition, type TableDownload, type TableFormat } from './download.ts';
