/** The public API of the spreadsheet import (CSV and .xlsx); see docs/formats.md. */
export { readTable, chooseDelimiter, type TableReadOptions } from './table.js';
export type { CellValue, Table, TableIssue, TableLimits, TableReadResult, TableRow } from './types.js';
export { DEFAULT_TABLE_LIMITS } from './types.js';
export {
  ROW_ERROR_CODES,
  rowFailure,
  type RowErrorCode,
  type RowErrorParams,
  type RowFailure,
} from './row-codes.js';
export {
  suggestMapping,
  checkMapping,
  mappableFields,
  isImportEntity,
  type ColumnMapping,
  type ColumnSuggestion,
  type MappingSuggestion,
  type MappingCheck,
} from './mapping.js';
export {
  dryRunImport,
  rowChecker,
  type CheckedRow,
  type RowChecker,
  type DryRunOptions,
  type DryRunResult,
  type ImportRow,
  type RowError,
} from './dry-run.js';
export {
  ENTITY_SPECS,
  IMPORT_ENTITIES,
  type ImportEntity,
  type ImportDataByEntity,
  type RefKey,
  type FieldSpec,
  type EntitySpec,
} from './entities.js';
