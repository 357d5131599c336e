/**
 * A questionnaire's content is written whole and checked by the domain. A version that a round has used
 * is answered and never changes: saving over it writes the next version (decision 011).
 */
import { questionnaireContent, type QuestionnaireContent } from '../../../domain/questionnaires.js';
import { inTransaction, type Database } from '../../db/database.js';
import { AppError, notFound, validationError } from '../../errors.js';
import * as repo from './questionnaires.repository.js';

export async function saveContent(db: Database, actor: string, questionnaireId: string, body: unknown) {
  const parsed = questionnaireContent.safeParse(body);
  if (!parsed.success) throw validationError(parsed.error.issues);
  return inTransaction(db, async (trx) => {
    const latest = await repo.latestVersionForUpdate(trx, questionnaireId);
    if (latest === undefined) throw notFound('Questionnaire');
    const version = (await repo.versionInUse(trx, questionnaireId, latest)) ? latest + 1 : latest;
    await repo.writeVersion(trx, { questionnaireId, version, content: parsed.data, actor });
    return { version, content: parsed.data };
  });
}

/** The content of a version, as the domain reads it; a stored document that no longer fits is a fault. */
export async function contentOf(
  db: Database,
  questionnaireId: string,
  version: number,
): Promise<QuestionnaireContent> {
  const stored = await repo.versionContent(db, questionnaireId, version);
  if (stored === undefined) throw notFound('Questionnaire version');
  const parsed = questionnaireContent.safeParse(stored);
  if (!parsed.success)
    throw new AppError(500, 'questionnaire_unreadable', 'The stored questionnaire cannot be read');
  return parsed.data;
}
