/**
 * Interviewer mode: an editor of the round's workspace fills in the questionnaire for a named respondent
 * during an interview. No link is needed, and an expired or revoked one does not matter; a closed round
 * takes no more answers. The save is the respondent's own (same checks, same proposals), marked as an
 * interview with its interviewer, date and notes. The notes are only for the workspace's editors.
 */
import type { QUESTIONNAIRE_LAWFUL_BASES } from '../../../domain/enums.js';
import type { Caller } from '../../auth/caller.js';
import { audit } from '../../audit/audit.js';
import { inTransaction, type Database } from '../../db/database.js';
import { AppError, notFound } from '../../errors.js';
import * as answers from './answers.repository.js';
import {
  contentFor,
  privacyNoticeOf,
  roundClosed,
  saveAnswers,
  type AnswerInput,
} from './answers.service.js';
import { writable } from './rounds.access.js';

const ENTITY = 'round-respondents';

async function interviewable(db: Database, caller: Caller, id: string, lock: boolean, action: string) {
  const r = await answers.respondentById(db, id, lock);
  if (!r) throw notFound('Respondent');
  await writable(db, caller, 'mapping-rounds', { ...r, id: r.roundId }, action);
  return r;
}

/** The interview as its editor continues it; its notes are about a person, so the reading is audited. */
export async function readInterview(db: Database, caller: Caller, id: string, now: Date) {
  const r = await interviewable(db, caller, id, false, 'read interview');
  await audit(
    db,
    caller,
    { action: 'view', entity: ENTITY, entityId: id, workspaceId: r.workspaceId, outcome: 'ok' },
    now,
  );
  return {
    displayName: r.displayName,
    content: await contentFor(db, r),
    answers: r.answers,
    mode: r.mode as 'survey' | 'interview',
    submitted: r.submittedAt !== null,
    interviewer: r.interviewer,
    interviewedOn: r.interviewedOn,
    interviewNotes: r.interviewNotes,
    privacyNotice: privacyNoticeOf(r),
    lawfulBasis: r.lawfulBasis as (typeof QUESTIONNAIRE_LAWFUL_BASES)[number],
    consented: r.consentedAt !== null,
  };
}

export type InterviewInput = AnswerInput & {
  interviewer: string;
  interviewedOn: string;
  interviewNotes?: string | null;
};

export function saveInterview(db: Database, caller: Caller, id: string, input: InterviewInput, now: Date) {
  return inTransaction(db, async (trx) => {
    const r = await interviewable(trx, caller, id, true, 'interview');
    if (roundClosed(r, now)) throw new AppError(409, 'round_closed', 'The round has closed');
    const { interviewer, interviewedOn, interviewNotes, ...answerInput } = input;
    const saved = await saveAnswers(trx, r, answerInput, now, {
      mode: 'interview',
      interviewer,
      interviewedOn,
      ...(interviewNotes === undefined ? {} : { interviewNotes }),
    });
    await audit(
      trx,
      caller,
      {
        action: 'interview',
        entity: ENTITY,
        entityId: id,
        workspaceId: r.workspaceId,
        outcome: 'ok',
        detail: { submitted: saved.submitted },
      },
      now,
    );
    return saved;
  });
}
