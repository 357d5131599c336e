/**
 * An editor codes a submitted open answer into themes and marks it as a quote usable in the report
 * (issue 13). Each change is one transaction with its audit entry; the entry names the answer, never its
 * text or themes' words (they may hold personal data).
 */
import { questionsOf } from '../../../domain/questionnaires.js';
import { audit } from '../../audit/audit.js';
import type { Caller } from '../../auth/caller.js';
import { inTransaction, type Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { isUuid } from '../../resources/repository.js';
import { editableRound, roundContent } from './analysis.service.js';
import * as repo from './codes.repository.js';

type AnswerKey = repo.AnswerKey;

const unanswerable = (path: string, message: string) =>
  new AppError(422, 'not_codable', 'Only a submitted open answer can be coded or quoted', [
    { path, message },
  ]);

/** The round, when the answer is a submitted open answer of it; the answer is locked until commit. */
async function codableAnswer(trx: Database, caller: Caller, roundId: string, key: AnswerKey) {
  const round = await editableRound(trx, caller, roundId);
  const content = await roundContent(trx, round);
  const question = questionsOf(content).find((q) => q.key === key.questionKey);
  if (question?.type !== 'text')
    throw unanswerable('questionKey', `${key.questionKey} is not an open question of this round`);
  const respondent = isUuid(key.respondentId)
    ? await repo.roundRespondent(trx, round.id, key.respondentId)
    : undefined;
  if (!respondent) throw unanswerable('respondentId', 'No such respondent in this round');
  if (!respondent.submittedAt) throw unanswerable('respondentId', 'The respondent has not submitted');
  if (!(await repo.lockedAnswer(trx, key)))
    throw unanswerable('questionKey', 'The respondent has not answered this question');
  return round;
}

/** Themes given once each, whatever their case; their own spelling kept. */
function distinctThemes(themes: string[]) {
  const seen = new Set<string>();
  return themes
    .map((t) => t.trim().replace(/\s+/g, ' '))
    .filter((t) => {
      const k = t.toLocaleLowerCase('fi');
      return t.length > 0 && !seen.has(k) && seen.add(k);
    });
}

export function setCodes(
  db: Database,
  caller: Caller,
  roundId: string,
  body: AnswerKey & { themes: string[] },
  now: Date,
) {
  return inTransaction(db, async (trx) => {
    const key = { respondentId: body.respondentId, questionKey: body.questionKey };
    const round = await codableAnswer(trx, caller, roundId, key);
    const themes = distinctThemes(body.themes);
    await repo.replaceCodes(trx, key, themes, caller.label);
    const detail = { questionKey: key.questionKey, themes: themes.length };
    await audit(
      trx,
      caller,
      {
        action: 'code',
        entity: 'answer_codes',
        entityId: key.respondentId,
        workspaceId: round.workspaceId,
        outcome: 'ok',
        detail,
      },
      now,
    );
    return { ...key, themes };
  });
}

export function setQuote(
  db: Database,
  caller: Caller,
  roundId: string,
  body: AnswerKey & { usable: boolean },
  now: Date,
) {
  return inTransaction(db, async (trx) => {
    const key = { respondentId: body.respondentId, questionKey: body.questionKey };
    const round = await codableAnswer(trx, caller, roundId, key);
    await repo.markQuote(trx, key, body.usable, caller.label, now);
    const detail = { questionKey: key.questionKey, usable: body.usable };
    await audit(
      trx,
      caller,
      {
        action: 'quote',
        entity: 'answer_quotes',
        entityId: key.respondentId,
        workspaceId: round.workspaceId,
        outcome: 'ok',
        detail,
      },
      now,
    );
    return { ...key, usable: body.usable };
  });
}
