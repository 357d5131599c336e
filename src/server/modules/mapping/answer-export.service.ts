/**
 * A round's answers as CSV or Excel (issue 13), for its editors: one row per respondent who has answered
 * anything (submitted or not; the "submitted" column tells), one column per question. Written by the
 * shared writers, which escape formula-like text. Each export is audited, as answers are personal data.
 */
import { surveyTable } from '../../../analysis/survey-export.js';
import type { TextLanguage } from '../../../analysis/survey-text.js';
import { csvChunks, writeXlsx } from '../../../formats/writers/index.js';
import { audit } from '../../audit/audit.js';
import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import type { ExportFile } from '../exports/exports.presenter.js';
import { editableRound, namesFor, responsesOf, roundContent } from './analysis.service.js';

export const ANSWER_FORMATS = ['csv', 'xlsx'] as const;
export type AnswerFormat = (typeof ANSWER_FORMATS)[number];

export async function answersFile(
  db: Database,
  caller: Caller,
  roundId: string,
  options: { format: AnswerFormat; lang: TextLanguage; delimiter?: ',' | ';' },
  now: Date,
): Promise<ExportFile> {
  const round = await editableRound(db, caller, roundId);
  const content = await roundContent(db, round);
  const respondents = (await responsesOf(db, round.id, true)).filter(
    (r) => Object.keys(r.answers).length > 0,
  );
  const table = surveyTable(
    content,
    respondents,
    await namesFor(db, caller, content, respondents),
    options.lang,
  );
  const detail = { format: options.format, rows: table.rows.length };
  const entry = { action: 'export', entity: 'round_answers', entityId: round.id, outcome: 'ok' as const };
  await audit(db, caller, { ...entry, workspaceId: round.workspaceId, detail }, now);
  const fileName = `answers-${round.id}.${options.format}`;
  if (options.format === 'csv') {
    const delimiter = options.delimiter ?? ',';
    return {
      contentType: 'text/csv; charset=utf-8',
      fileName,
      chunks: csvChunks(table, { delimiter, bom: delimiter === ';' }),
    };
  }
  const bytes = await writeXlsx([{ name: 'answers', ...table }]);
  return {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName,
    chunks: [bytes],
  };
}
