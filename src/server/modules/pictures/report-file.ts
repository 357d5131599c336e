/** What a report route answers: the file in its format, a print view shown in the browser. */
import type { Context } from 'hono';
import { z } from 'zod';
import type { ReportFormat } from '../../../reports/picture-report.js';

const binary = { schema: z.string().meta({ format: 'binary' }) };

/** The 200 answer of a report route in the API document. */
export const reportFileResponse = {
  description: 'The report file',
  content: {
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': binary,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': binary,
    'application/pdf': binary,
    'text/html': { schema: z.string() },
  },
};

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
