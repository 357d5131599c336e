import { IMPORT_ENTITIES } from '../../../formats/tabular/entity-types';
import { mappableFields } from '../../../formats/tabular/mapping';
import { ROW_ERROR_CODES } from '../../../formats/tabular/row-codes';
import { NETWORK_FORMATS, NETWORK_SCOPES, TABLE_ENTITIES, TABLE_FORMATS } from '../../shared/export-options';
import { IMPORT_KINDS, RUN_ENCODINGS, RUN_STATES } from './api';

/** Every field a column of an import can feed, over all entities, once. */
const IMPORT_FIELDS = [...new Set(IMPORT_ENTITIES.flatMap((e) => mappableFields(e).map((f) => f.name)))];

/** Value-made message keys of the import, export and register views (spread into DYNAMIC_KEYS). */
export const IMPORT_DYNAMIC_KEYS = {
  importKind: IMPORT_KINDS,
  importEntity: IMPORT_ENTITIES,
  importField: IMPORT_FIELDS,
  runKind: ['ytj', 'csv', 'xlsx'],
  runState: RUN_STATES,
  importEncoding: RUN_ENCODINGS,
  runStateHint: RUN_STATES,
  exportEntity: TABLE_ENTITIES,
  tableFormat: TABLE_FORMATS,
  exportScope: NETWORK_SCOPES,
  networkFormat: NETWORK_FORMATS,
  /** PRH company forms (YRMU) common among the organisations of a region; others show their code. */
  companyForm: ['2', '5', '6', '13', '14', '16', '17', '18', '26', '41'],
  registerStatus: ['active', 'ended'],
  registerSource: ['ytj'],
  /** Why an imported row or file was refused, by the server's stable code (see rowReason.ts). */
  rowError: ROW_ERROR_CODES,
} as const;
