/**
 * A respondent answers through their personal link, without an account (issue 13). The link is the
 * only credential: a wrong, revoked or expired link, or one of a round that is not open, answers with a
 * clear refusal and never with data. Answers are checked against the questionnaire version of the round;
 * every save is one transaction.
 */
import { proposalChanges, proposalsFrom } from '../../../domain/answer-proposals.js';
import {
  answerProblems,
  visibleQuestions,
  type Answers,
  type QuestionnaireContent,
} from '../../../domain/questionnaires.js';
import { hashToken } from '../../auth/secrets.js';
import { inTransaction, type Database } from '../../db/database.js';
import { AppError } from '../../errors.js';
import * as answers from './answers.repository.js';
import { followAnswers } from './facts.follow.js';
import * as proposals from './proposals.repository.js';
import { contentOf } from './questionnaires.service.js';

type Respondent = NonNullable<Awaited<ReturnType<typeof answers.respondentByTokenHash>>>;

const refused = (status: 404 | 409 | 410, code: string, message: string) =>
  new AppError(status, code, message);

/** Today as a calendar date in Finland, the day the round's period is counted in. */
const helsinkiDay = (now: Date) => now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Helsinki' });

function checkLink(r: Respondent | undefined, now: Date): asserts r is Respondent {
  if (!r) throw refused(404, 'link_not_found', 'This link is not valid');
  if (r.tokenRevokedAt) throw refused(410, 'link_revoked', 'This link has been revoked');
  if (r.tokenExpiresAt && r.tokenExpiresAt <= now)
    throw refused(410, 'link_expired', 'This link has expired');
  const today = helsinkiDay(now);
  if (r.closedAt || today > r.closesOn) throw refused(410, 'round_closed', 'The round has closed');
  if (today < r.opensOn) throw refused(409, 'round_not_open', 'The round has not opened yet');
}

const contentFor = (db: Database, r: Respondent) => contentOf(db, r.questionnaireId, r.version);

/**
 * The proposals follow the answers: new ones added, changed ones updated, dropped ones withdrawn; and the
 * facts of accepted ones follow them.
 */
async function refreshProposals(
  db: Database,
  respondentId: string,
  content: QuestionnaireContent,
  merged: Answers,
) {
  const before = await proposals.standingProposals(db, respondentId);
  const { added, changed, withdrawn } = proposalChanges(before, proposalsFrom(content, merged));
  await proposals.addProposals(db, respondentId, added);
  const reworded = await proposals.updatePayloads(db, respondentId, changed);
  const takenBack = await proposals.withdrawProposals(db, respondentId, withdrawn);
  await followAnswers(db, reworded, takenBack);
}

/** What the respondent's page shows: the questionnaire as the round asks it and the answers so far. */
export function readByLink(db: Database, token: string, now: Date) {
  return inTransaction(db, async (trx) => {
    const r = await answers.respondentByTokenHash(trx, hashToken(token), true);
    checkLink(r, now);
    if (!r.openedAt) await answers.markRespondent(trx, r.id, { openedAt: now });
    return {
      content: await contentFor(trx, r),
      answers: await answers.answersOf(trx, r.id),
      mode: r.mode,
      submitted: r.submittedAt !== null,
    };
  });
}

/**
 * Saves answers given by the link: a key given null takes its answer back, and a stored answer that the new
 * answers hide is taken back too. A draft may be incomplete; a submit, and every save after one, must also
 * answer every required question that is shown.
 */
export function answerByLink(db: Database, token: string, given: Answers, submit: boolean, now: Date) {
  return inTransaction(db, async (trx) => {
    const r = await answers.respondentByTokenHash(trx, hashToken(token), true);
    checkLink(r, now);
    const content = await contentFor(trx, r);
    const stored = await answers.answersOf(trx, r.id);
    const merged: Answers = { ...stored };
    for (const [key, value] of Object.entries(given)) {
      if (value === null) delete merged[key];
      else merged[key] = value;
    }
    const shown = new Set(visibleQuestions(content, merged).map((q) => q.key));
    const hiddenNow = Object.keys(stored).filter((k) => !shown.has(k) && !(k in given));
    for (const k of hiddenNow) delete merged[k];
    const final = submit || r.submittedAt !== null;
    const problems = answerProblems(content, merged, final ? 'submit' : 'draft').filter(
      (p) => p.code === 'required' || p.path in given,
    );
    if (problems.length)
      throw new AppError(
        422,
        'invalid_answers',
        'Some answers do not fit their questions',
        problems.map((p) => ({ path: p.path, message: `${p.code}: ${p.message}` })),
      );
    await answers.writeAnswers(
      trx,
      r.id,
      {
        ...given,
        ...Object.fromEntries(hiddenNow.map((k) => [k, null])),
      },
      now,
    );
    await refreshProposals(trx, r.id, content, merged);
    await answers.markRespondent(trx, r.id, {
      ...(r.openedAt ? {} : { openedAt: now }),
      ...(submit && !r.submittedAt ? { submittedAt: now } : {}),
    });
    return { answers: merged, submitted: final };
  });
}
