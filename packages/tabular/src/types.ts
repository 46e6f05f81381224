export interface Column {
  header: string;
  /** Width in characters (XLSX only). */
  width?: number;
}

/** null, undefined and '' leave the cell empty. */
export type Cell = string | number | null | undefined;

export interface RowWriter {
  /**
   * Queues one row. A returned promise means the buffers are full: await it before the next row, which is what keeps
   * memory bounded however slow the reader is (`await writer.addRow(values)` does that).
   */
  addRow(values: readonly Cell[]): Promise<void> | undefined;
  /** Writes what is left, ends the output stream and resolves once it has finished. */
  end(): Promise<void>;
  /** Bytes the writer holds that have not reached the output stream yet (for tests and monitoring). */
  readonly buffered: number;
}
