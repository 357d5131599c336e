/** The public API of the writers: CSV, Excel, JSON, GEXF, GraphML and iCalendar; see docs/formats.md. */
export { writeCsv, csvChunks, formatCsvRow, formatCsvValue, type CsvWriteOptions } from './csv.js';
export { writeXlsx, sheetName, type XlsxSheet } from './xlsx.js';
export { toJsonText, jsonArrayChunks } from './json.js';
export { writeGexf } from './gexf.js';
export { writeGraphml } from './graphml.js';
export {
  checkNetwork,
  type MeasureType,
  type NetworkExport,
  type NetworkNode,
  type NetworkEdge,
  type NodeViz,
} from './network.js';
export {
  writeICalendar,
  writeInvitation,
  type CalendarEvent,
  type CalendarPerson,
  type ICalendarOptions,
  type InvitationOptions,
} from './ical.js';
export { escapeFormula, xmlEscape } from './escape.js';
export { recordsToRows, type ExportTable, type ExportValue } from './values.js';
