/** Values the table writers (CSV, XLSX) accept in a cell. */
export type ExportValue = string | number | boolean | Date | null | undefined;

/** A table to write: a header row and rows of cells, in the same column order. */
export interface ExportTable {
  headers: readonly string[];
  rows: Iterable<readonly ExportValue[]> | AsyncIterable<readonly ExportValue[]>;
}

/**
 * Rows from records and column definitions, for callers that hold objects: only the listed keys are read,
 * as own properties, so a record's prototype never leaks into a file.
 */
export function recordsToRows<T extends object>(
  records: Iterable<T>,
  columns: readonly { key: keyof T & string; header: string }[],
): ExportTable {
  return {
    headers: columns.map((c) => c.header),
    rows: (function* () {
      for (const record of records) {
        yield columns.map((c) =>
          Object.prototype.hasOwnProperty.call(record, c.key) ? (record[c.key] as ExportValue) : null,
        );
      }
    })(),
  };
}
