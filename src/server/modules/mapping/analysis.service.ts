/**
 * A round's analysis (issue 13): summaries of its submitted answers for everyone who may read the round;
 * the open answers themselves, their codes and quotes, theme suggestions and the answers file for its
 * editors only. Nothing of a round is public: a round the caller may not read is not found.
 */
import { questionsOf, type Question, type QuestionnaireContent } from '../../../domain/questionnaires.js';
import { compareSurveys } from '../../../analysis/survey-compare.js';
import { themeSuggestions } from '../../../analysis/survey-text.js';
import { summariseSurvey, type SurveyNames, type SurveyResponse } from '../../../analysis/survey.js';
import type { Caller } from '../../auth/caller.js';
import { canWrite } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import { AppError, notFound } from '../../errors.js';
import * as repo from './analysis.repository.js';
import { codesOfRound } from './codes.repository.js';
import { contentOf } from './questionnaires.service.js';

export async function readableRound(db: Database, caller: Caller, id: string) {
  const round = await repo.visibleRound(db, caller, id);
  if (!round) throw notFound('Mapping round');
  return round;
}

/** A round whose open answers the caller may read: an editor's (or its network coordinator's). */
export async function editableRound(db: Database, caller: Caller, id: string) {
  const round = await readableRound(db, caller, id);
  if (!canWrite(caller, round.workspaceId, round.networkId))
    throw new AppError(403, 'forbidden', 'Only editors of the round’s workspace see its answers');
  return round;
}

export const roundContent = (db: Database, round: repo.RoundRow) =>
  contentOf(db, round.questionnaireId, round.version);

/** Respondents with their answers, in the order of the respondents. */
export async function responsesOf(db: Database, roundId: string, all = false) {
  const [respondents, answers] = await Promise.all([
    repo.respondentsOf(db, roundId, all),
    repo.answersOf(db, roundId, { all }),
  ]);
  const byRespondent = new Map(respondents.map((r) => [r.id, {} as Record<string, unknown>]));
  for (const a of answers) {
    const own = byRespondent.get(a.respondentId);
    if (own) own[a.questionKey] = a.value;
  }
  return respondents.map((r) => ({ ...r, respondentId: r.id, answers: byRespondent.get(r.id)! }));
}

type Item = { competenceId?: unknown; organisationId?: unknown };

/** The ids of competences and organisations the answers hold. */
function idsIn(content: QuestionnaireContent, responses: readonly SurveyResponse[]) {
  const competences = new Set<string>();
  const organisations = new Set<string>();
  for (const q of questionsOf(content))
    for (const r of responses) {
      const value = r.answers[q.key];
      if (!Array.isArray(value)) continue;
      for (const item of value as unknown[]) {
        if (q.type === 'actors' && typeof item === 'string') organisations.add(item);
        const { competenceId, organisationId } = (item ?? {}) as Item;
        if (q.type === 'competences' && typeof competenceId === 'string') competences.add(competenceId);
        if (q.type === 'partners' && typeof organisationId === 'string') organisations.add(organisationId);
      }
    }
  return { competences: [...competences], organisations: [...organisations] };
}

export async function namesFor(
  db: Database,
  caller: Caller,
  content: QuestionnaireContent,
  responses: readonly SurveyResponse[],
): Promise<SurveyNames> {
  const ids = idsIn(content, responses);
  const [competences, organisations] = await Promise.all([
    repo.competenceLabels(db, caller, ids.competences),
    repo.organisationLabels(db, caller, ids.organisations),
  ]);
  return { competences, organisations };
}

async function summaryOf(db: Database, caller: Caller, round: repo.RoundRow) {
  const content = await roundContent(db, round);
  const responses = await responsesOf(db, round.id);
  const summary = summariseSurvey(content, responses, await namesFor(db, caller, content, responses));
  const codes = summary.byMunicipality.flatMap((m) => (m.municipalityCode ? [m.municipalityCode] : []));
  const names = new Map((await repo.municipalityNames(db, codes)).map((m) => [m.code, m]));
  return {
    ...summary,
    byMunicipality: summary.byMunicipality.map((m) => ({
      ...m,
      municipalityName: m.municipalityCode ? (names.get(m.municipalityCode)?.nameFi ?? null) : null,
    })),
  };
}

const roundRef = (round: repo.RoundRow) => ({
  id: round.id,
  name: { fi: round.nameFi, sv: round.nameSv, en: round.nameEn },
  version: round.version,
});

export async function roundAnalysis(db: Database, caller: Caller, id: string) {
  const round = await readableRound(db, caller, id);
  return { round: roundRef(round), ...(await summaryOf(db, caller, round)) };
}

export async function compareRounds(db: Database, caller: Caller, id: string, otherId: string) {
  const [first, second] = [await readableRound(db, caller, id), await readableRound(db, caller, otherId)];
  const comparison = compareSurveys(await summaryOf(db, caller, first), await summaryOf(db, caller, second));
  return { first: roundRef(first), second: roundRef(second), ...comparison };
}

/** The open (free text) questions of a version, or the one named; another key is a clear 422. */
function textQuestions(content: QuestionnaireContent, key: string | undefined): Question[] {
  const texts = questionsOf(content).filter((q) => q.type === 'text');
  if (key === undefined) return texts;
  const found = texts.filter((q) => q.key === key);
  if (found.length === 0)
    throw new AppError(422, 'not_an_open_question', 'Name an open (free text) question of the round', [
      { path: 'question', message: `${key} is not an open question of this round` },
    ]);
  return found;
}

/** The submitted open answers with their codes and quote marks: for editors only. */
export async function openAnswers(db: Database, caller: Caller, id: string, question?: string) {
  const round = await editableRound(db, caller, id);
  const content = await roundContent(db, round);
  const questions = textQuestions(content, question);
  const keys = questions.map((q) => q.key);
  const [respondents, answers, codes] = await Promise.all([
    repo.respondentsOf(db, round.id),
    repo.answersOf(db, round.id, { keys }),
    codesOfRound(db, round.id),
  ]);
  const names = new Map(respondents.map((r) => [r.id, r]));
  const order = new Map(keys.map((k, i) => [k, i]));
  return answers
    .filter((a) => typeof a.value === 'string')
    .map((a) => ({
      respondentId: a.respondentId,
      respondentName: names.get(a.respondentId)?.displayName ?? '',
      organisationName: names.get(a.respondentId)?.organisationName ?? null,
      questionKey: a.questionKey,
      text: a.value as string,
      themes: codes.themes.get(`${a.respondentId}|${a.questionKey}`) ?? [],
      usable: codes.quoted.has(`${a.respondentId}|${a.questionKey}`),
    }))
    .sort(
      (a, b) =>
        order.get(a.questionKey)! - order.get(b.questionKey)! ||
        a.respondentName.localeCompare(b.respondentName, 'fi') ||
        a.respondentId.localeCompare(b.respondentId),
    );
}

/** Stems the open answers share most, as hints for themes: for editors only, as the texts are. */
export async function roundThemeSuggestions(db: Database, caller: Caller, id: string, question?: string) {
  const round = await editableRound(db, caller, id);
  const keys = textQuestions(await roundContent(db, round), question).map((q) => q.key);
  const answers = await repo.answersOf(db, round.id, { keys });
  const texts = answers.flatMap((a) => (typeof a.value === 'string' ? [{ text: a.value }] : []));
  return themeSuggestions(texts);
}
