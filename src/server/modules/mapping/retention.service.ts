/**
 * Retention of a round's answers (issue 13): after the day the privacy notice promised, the respondents
 * lose what identifies them and their free-text answers go; the structured answers and the facts an
 * editor accepted stay for the analysis and the roster. Run by the server's retention job.
 */
import { questionsOf } from '../../../domain/questionnaires.js';
import { audit } from '../../audit/audit.js';
import { inTransaction, type Database } from '../../db/database.js';
import { helsinkiDay } from '../../../domain/helsinki-time.js';
import { contentOf } from './questionnaires.service.js';
import * as repo from './retention.repository.js';

/** Anonymises the respondents of every round past its retention day; returns how many. */
export async function anonymiseRoundsPastRetention(db: Database, now: Date): Promise<number> {
  let count = 0;
  for (const round of await repo.roundsPastRetention(db, helsinkiDay(now))) {
    count += await inTransaction(db, async (trx) => {
      const content = await contentOf(trx, round.questionnaireId, round.version);
      const freeText = questionsOf(content)
        .filter((q) => q.type === 'text')
        .map((q) => q.key);
      const anonymised = await repo.anonymiseRespondents(trx, round.id, now);
      await repo.deleteAnswersTo(trx, round.id, freeText);
      await audit(
        trx,
        null,
        {
          action: 'anonymise',
          entity: 'mapping-rounds',
          entityId: round.id,
          workspaceId: round.workspaceId,
          outcome: 'ok',
          detail: { respondents: anonymised, by: 'retention' },
        },
        now,
      );
      return anonymised;
    });
  }
  return count;
}
