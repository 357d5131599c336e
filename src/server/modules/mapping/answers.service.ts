/**
 * A respondent answers through their personal link, without an account (issue 13). The link is the
 * only credential: a wrong, revoked or expired link, or one of a round that is not open, answers with a
 * clear refusal and never with data. Answers are checked against the questionnaire version of the round;
 * every save is one transaction.
 */
import { isDeepStrictEqual } from 'node:util';
import type { QUESTIONNAIRE_LAWFUL_BASES } from '../../../domain/enums.js';
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
import { helsinkiDay } from '../../../domain/helsinki-time.js';

type Respondent = answers.AnsweringRespondent;

const refused = (status: 404 | 409 | 410, code: string, message: string) =>
  new AppError(status, code, message);

/** A round is closed once closed by hand or past its last day. */
export const roundClosed = (r: { closedAt: Date | null; closesOn: string }, now: Date) =>
  r.closedAt !== null || helsinkiDay(now) > r.closesOn;

export function checkLink(r: Respondent | undefined, now: Date): asserts r is Respondent {
  if (!r) throw refused(404, 'link_not_found', 'This link is not valid');
  if (r.tokenRevokedAt) throw refused(410, 'link_revoked', 'This link has been revoked');
  if (r.tokenExpiresAt && r.tokenExpiresAt <= now)
    throw refused(410, 'link_expired', 'This link has expired');
  if (roundClosed(r, now)) throw refused(410, 'round_closed', 'The round has closed');
  if (helsinkiDay(now) < r.opensOn) throw refused(409, 'round_not_open', 'The round has not opened yet');
}

/** Questionnaire versions as read, by questionnaire, version and the time the version was written. */
const readVersions = new Map<string, QuestionnaireContent>();
const MAX_READ_VERSIONS = 50;

/**
 * The questionnaire version a respondent answers. A version is read and checked once per process: every
 * save of a round needs it, and it changes only while no round uses it, which changes its time and so its
 * key here. The same content object also keeps the answer checks of its questions (`answerSchemaOf`).
 */
export async function contentFor(db: Database, r: Respondent): Promise<QuestionnaireContent> {
  const key = `${r.questionnaireId}:${r.version}:${r.versionWrittenAt.getTime()}`;
  const known = readVersions.get(key);
  if (known) return known;
  const content = await contentOf(db, r.questionnaireId, r.version);
  if (readVersions.size >= MAX_READ_VERSIONS) readVersions.delete(readVersions.keys().next().value!);
  readVersions.set(key, content);
  return content;
}

/**
 * How the proposals follow the answers: new ones to add, changed ones to update, dropped ones to
 * withdraw. The standing proposals are those of the stored answers, since every save keeps the two in
 * step; so they need no reading.
 */
const proposalsOfSave = (content: QuestionnaireContent, stored: Answers, merged: Answers) =>
  proposalChanges(proposalsFrom(content, stored), proposalsFrom(content, merged));

/** Changed proposals updated, dropped ones withdrawn, and the facts of accepted ones following them. */
async function followProposals(
  db: Database,
  respondentId: string,
  { changed, withdrawn }: Pick<ReturnType<typeof proposalChanges>, 'changed' | 'withdrawn'>,
  now: Date,
) {
  if (!changed.length && !withdrawn.length) return;
  const reworded = await proposals.updatePayloads(db, respondentId, changed);
  const takenBack = await proposals.withdrawProposals(db, respondentId, withdrawn);
  await followAnswers(db, reworded, takenBack, now);
}

/** The questionnaire's privacy notice in three languages, shown before the first question. */
export const privacyNoticeOf = (r: Respondent) => ({
  fi: r.privacyNoticeFi,
  sv: r.privacyNoticeSv,
  en: r.privacyNoticeEn,
});

/** What the respondent's page shows: the questionnaire as the round asks it and the answers so far. */
export function readByLink(db: Database, token: string, now: Date) {
  return inTransaction(db, async (trx) => {
    const r = await answers.respondentByTokenHash(trx, hashToken(token), true);
    checkLink(r, now);
    if (!r.openedAt) await answers.markRespondent(trx, r.id, { openedAt: now });
    return {
      round: { nameFi: r.roundNameFi, nameSv: r.roundNameSv, nameEn: r.roundNameEn },
      content: await contentFor(trx, r),
      answers: r.answers,
      mode: r.mode as 'survey' | 'interview',
      submitted: r.submittedAt !== null,
      privacyNotice: privacyNoticeOf(r),
      lawfulBasis: r.lawfulBasis as (typeof QUESTIONNAIRE_LAWFUL_BASES)[number],
      consented: r.consentedAt !== null,
    };
  });
}

/** What a save brings: the answers by key (null takes one back), whether to submit, the consent. */
export type AnswerInput = { answers: Answers; submit: boolean; consent?: boolean };

/** Marks a save adds to the respondent besides opened, submitted and consented (an interview's). */
export type RespondentMarks = Omit<Parameters<typeof answers.markRespondent>[2], 'openedAt' | 'submittedAt'>;

/** Answers with the questions they answer hidden by the new answers taken back, and what changed. */
function mergeAnswers(content: QuestionnaireContent, stored: Answers, given: Answers) {
  const merged: Answers = { ...stored };
  for (const [key, value] of Object.entries(given)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  const shown = new Set(visibleQuestions(content, merged).map((q) => q.key));
  const hiddenNow = Object.keys(stored).filter((k) => !shown.has(k) && !(k in given));
  for (const k of hiddenNow) delete merged[k];
  return { merged, writes: { ...given, ...Object.fromEntries(hiddenNow.map((k) => [k, null])) } };
}

/** The writes without the answers given again as they are stored (a submit repeats the draft's). */
function unchangedLeftOut(stored: Answers, writes: Answers): Answers {
  return Object.fromEntries(
    Object.entries(writes).filter(([k, v]) => v === null || !isDeepStrictEqual(stored[k], v)),
  );
}

/**
 * Saves a respondent's answers, by their link or by an interviewer, in the caller's transaction with the
 * respondent locked: a key given null takes its answer back, and a stored answer that the new answers
 * hide is taken back too. A draft may be incomplete; a submit, and every save after one, must also
 * answer every required question that is shown and, when the questionnaire asks by consent, carry it.
 */
export async function saveAnswers(
  trx: Database,
  r: Respondent,
  input: AnswerInput,
  now: Date,
  marks: RespondentMarks = {},
) {
  const content = await contentFor(trx, r);
  const { merged, writes } = mergeAnswers(content, r.answers, input.answers);
  const final = input.submit || r.submittedAt !== null;
  const problems = answerProblems(content, merged, final ? 'submit' : 'draft')
    .filter((p) => p.code === 'required' || p.path in input.answers)
    .map((p) => ({ path: p.path, message: `${p.code}: ${p.message}` }));
  const consented = r.consentedAt !== null || input.consent === true;
  if (final && r.lawfulBasis === 'consent' && !consented)
    problems.push({ path: 'consent', message: 'required: answers are kept only with consent' });
  if (problems.length)
    throw new AppError(422, 'invalid_answers', 'Some answers do not fit their questions', problems);
  const made = proposalsOfSave(content, r.answers, merged);
  await answers.saveAnswerRows(trx, r.id, {
    answers: unchangedLeftOut(r.answers, writes),
    marks: {
      ...marks,
      ...(r.openedAt ? {} : { openedAt: now }),
      ...(input.submit && !r.submittedAt ? { submittedAt: now } : {}),
      ...(input.consent === true && !r.consentedAt ? { consentedAt: now } : {}),
    },
    proposals: made.added,
    now,
  });
  await followProposals(trx, r.id, made, now);
  return { answers: merged, submitted: final };
}

/** Saves answers given by the respondent's personal link. */
export function answerByLink(
  db: Database,
  token: string,
  given: Answers,
  submit: boolean,
  now: Date,
  consent?: boolean,
) {
  return inTransaction(db, async (trx) => {
    const r = await answers.respondentByTokenHash(trx, hashToken(token), true);
    checkLink(r, now);
    return saveAnswers(trx, r, { answers: given, submit, consent }, now);
  });
}
