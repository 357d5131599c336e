/** What a report route answers: the file in its format, a print view shown in the browser. */
import type { Context } from 'hono';
import { z } from 'zod';
import type { ReportFormat } from '../../../reports/picture-report.js';

const binary = { schema: z.string().meta({ format: 'binary' }) };

const REPORT_CONTENT = {
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', binary],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', binary],
  pdf: ['application/pdf', binary],
  html: ['text/html', { schema: z.string() }],
} as const;

/** The 200 answer of a route that sends a file in one of these formats, in the API document. */
export const fileResponseOf = (formats: readonly ReportFormat[], description = 'The report file') => ({
  description,
  content: Object.fromEntries(formats.map((f) => REPORT_CONTENT[f])),
});

/** The 200 answer of a report route in the API document. */
export const reportFileResponse = fileResponseOf(['docx', 'xlsx', 'pdf', 'html']);

/** The file as a download, or the print view inline. */
export function sendReportFile(
  c: Context,
  format: ReportFormat,
  file: { body: unknown; contentType: string; fileName: string },
) {
  const disposition = format === 'html' ? 'inline' : 'attachment';
  return c.body(file.body as never, 200, {
    'content-type': file.contentType,
    'content-disposition': `${disposition}; filename="${file.fileName}"`,
  });
}
