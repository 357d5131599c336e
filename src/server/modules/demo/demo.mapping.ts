/**
 * The demo's example mapping rounds (data/demo/mapping-savonlinna.ts), written through the mapping
 * services as an editor would: the questionnaire from the mapping template, the round, its respondents,
 * the interviews on their own days, the review and the editor's codes and quotes. The answers are
 * fictional, so the round is an example round and every fact the review writes from them is example data
 * (source 'example'); competences the answers name stay pending, for a fictional offer or need of a real
 * organisation must never reach the roster.
 */
import type { DemoPartner, DemoRespondent } from '../../../../data/demo/mapping-savonlinna.js';
import type { DemoMappingRound } from '../../../../data/demo/types.js';
import type { Answers } from '../../../domain/questionnaires.js';
import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import { setCodes, setQuote } from '../mapping/codes.service.js';
import { saveInterview } from '../mapping/interviews.service.js';
import { createQuestionnaire } from '../mapping/questionnaires.service.js';
import { addRespondents } from '../mapping/respondents.service.js';
import { decide, type Decision } from '../mapping/review.service.js';
import { roundProposals } from '../mapping/review.repository.js';
import { closeRound, createRound } from '../mapping/rounds.service.js';
import { markExamples, markExampleRelations, markExampleRound } from './demo.repository.js';

/** What the mapping steps need of the loader: the caller, the workspace and the natural keys. */
export type MappingLoader = {
  trx: Database;
  caller: Caller;
  workspaceId: string;
  keys: { get(kind: string, key: string): string; has(kind: string, key: string): boolean };
};

/** What an example round added to the roster. */
export type MappingCounts = {
  mappingRounds: number;
  roundRespondents: number;
  relations: number;
  organisations: number;
};

const PRIVACY_NOTICE = {
  privacyNoticeFi:
    'Kartoituksen tekee Savonlinnan Hankekehitys Oy osana seutukaupunkien innovaatioekosysteemihanketta. Kysymme organisaationne näkemyksiä ekosysteemin nykytilasta, osaamisesta, yhteistyökumppaneista ja kehittämisestä. Vastauksia käyttävät ekosysteemin kehittämiseen hankkeen toimijat ja verkoston koordinaattorit. Raporttiin voidaan poimia lainauksia, joista ei voi tunnistaa vastaajaa. Vastaukset säilytetään hankkeen ajan ja poistetaan sen jälkeen; voitte pyytää tietojenne tarkastamista tai poistamista hankkeen yhteyshenkilöltä.',
  privacyNoticeSv:
    'Kartläggningen görs av Savonlinnan Hankekehitys Oy inom projektet för regionstädernas innovationsekosystem. Vi frågar om er organisations syn på ekosystemets nuläge, kompetens, samarbetspartner och utveckling. Svaren används för att utveckla ekosystemet av projektets aktörer och nätverkets koordinatorer. Rapporten kan innehålla citat som inte röjer vem som svarat. Svaren sparas under projektet och raderas därefter; ni kan begära att få granska eller radera era uppgifter hos projektets kontaktperson.',
  privacyNoticeEn:
    'The mapping is done by Savonlinnan Hankekehitys Oy in the regional towns’ innovation ecosystem project. We ask your organisation’s views on the ecosystem today, its competences, partners and development. The project’s actors and the network’s coordinators use the answers to develop the ecosystem. The report may quote answers in a way that does not identify who answered. The answers are kept for the project’s duration and deleted after it; you may ask the project’s contact person to check or delete your data.',
};

/** Midday in Finland on a calendar day: when the story says something happened that day. */
const onDay = (day: string) => new Date(`${day}T12:00:00+03:00`);

function partnerAnswer({ org, newActor, kind, strength }: DemoPartner, keys: MappingLoader['keys']) {
  return newActor
    ? { newActor: { ...newActor }, kind, strength }
    : { organisationId: keys.get('organisation', org!), kind, strength };
}

/** A demo answer in the questionnaire's own shape: organisations and competences by id. */
function answersOf(answers: NonNullable<DemoRespondent['answers']>, keys: MappingLoader['keys']): Answers {
  const { offers, needs, partners, ...rest } = answers;
  const competences = (slugs?: string[]) =>
    slugs?.map((slug) =>
      keys.has('competence', slug) ? { competenceId: keys.get('competence', slug) } : { name: slug },
    );
  return Object.fromEntries(
    Object.entries({
      ...rest,
      offers: competences(offers),
      needs: competences(needs),
      partners: partners?.map((p) => partnerAnswer(p, keys)),
    }).filter(([, v]) => v !== undefined),
  );
}

/** The questionnaire and the round, as the editor set them up before the first interview. */
async function setUpRound(l: MappingLoader, data: DemoMappingRound, now: Date) {
  const { interviewer: _interviewer, ...round } = data.round;
  const questionnaire = await createQuestionnaire(
    l.trx,
    l.caller,
    {
      visibility: 'network',
      nameFi: 'Innovaatioekosysteemin kartoitus',
      nameSv: 'Kartläggning av innovationsekosystemet',
      nameEn: 'Mapping the innovation ecosystem',
      template: 'mapping',
      lawfulBasis: 'public_task',
      ...PRIVACY_NOTICE,
    },
    l.workspaceId,
    now,
  );
  return createRound(
    l.trx,
    l.caller,
    {
      ...round,
      visibility: 'network',
      questionnaireId: questionnaire.id,
      scope: 'ecosystem',
      ecosystemId: l.keys.get('ecosystem', data.ecosystem),
    },
    l.workspaceId,
    now,
  );
}

/** The interviews, each saved and submitted on its own day; those not reached stay without answers. */
async function interview(l: MappingLoader, data: DemoMappingRound, respondentIds: string[]) {
  for (const [i, r] of data.respondents.entries()) {
    if (!r.answers || !r.interviewedOn) continue;
    await saveInterview(
      l.trx,
      l.caller,
      respondentIds[i]!,
      {
        answers: answersOf(r.answers, l.keys),
        submit: true,
        interviewer: data.round.interviewer,
        interviewedOn: r.interviewedOn,
      },
      onDay(r.interviewedOn),
    );
  }
}

type ProposalRow = Awaited<ReturnType<typeof roundProposals>>[number];

/** Each new actor accepted at its first mention, as a draft organisation: its id by the actor's target. */
async function acceptNewActors(l: MappingLoader, roundId: string, actors: ProposalRow[], now: Date) {
  const first = new Map<string, ProposalRow>();
  for (const p of actors) if (!first.has(p.target)) first.set(p.target, p);
  const decided = await decide(
    l.trx,
    l.caller,
    roundId,
    [...first.values()].map((p) => ({ id: p.id, action: 'accept' })),
    now,
  );
  return new Map([...first.keys()].map((target, i) => [target, decided[i]!.recordId!]));
}

/**
 * The review: each new actor accepted once (its first mention) and its later mentions merged into it,
 * every tie accepted, competences left pending. Returns how many organisations and relations it wrote.
 */
async function review(l: MappingLoader, roundId: string, now: Date) {
  const pending = await roundProposals(l.trx, roundId, { status: 'pending' });
  const actors = pending
    .filter((p) => p.kind === 'organisation')
    .sort((a, b) => Number(a.answeredAt) - Number(b.answeredAt));
  const organisationOf = await acceptNewActors(l, roundId, actors, now);
  const ties = pending.filter((p) => p.kind === 'relation');
  const laterMentions = actors.filter((p, i) => actors.findIndex((a) => a.target === p.target) !== i);
  const decisions: Decision[] = [
    ...laterMentions.map((p) => ({
      id: p.id,
      action: 'merge' as const,
      organisationId: organisationOf.get(p.target)!,
    })),
    ...ties.map((p) => ({ id: p.id, action: 'accept' as const })),
  ];
  await decide(l.trx, l.caller, roundId, decisions, now);
  const relations = await markExampleRelations(
    l.trx,
    ties.map((p) => p.id),
  );
  const organisations = [...organisationOf.values()];
  await markExamples(l.trx, 'organisations', organisations);
  return { organisations: organisations.length, relations };
}

/** The editor's themes and the answers marked usable as quotes. */
async function codeAnswers(
  l: MappingLoader,
  data: DemoMappingRound,
  ids: string[],
  roundId: string,
  now: Date,
) {
  for (const [i, r] of data.respondents.entries()) {
    const respondentId = ids[i]!;
    for (const [questionKey, themes] of Object.entries(r.codes ?? {}))
      await setCodes(l.trx, l.caller, roundId, { respondentId, questionKey, themes }, now);
    for (const questionKey of r.quotes ?? [])
      await setQuote(l.trx, l.caller, roundId, { respondentId, questionKey, usable: true }, now);
  }
}

/**
 * One example round from set-up to coding, in the loader's transaction. The round's story is dated as it
 * happened (respondents added when it opened, interviews on their days, closed on its last day); the
 * review and coding are dated on the day after it closed.
 */
export async function loadMappingRound(l: MappingLoader, data: DemoMappingRound): Promise<MappingCounts> {
  const { opensOn, closesOn } = data.round;
  const round = await setUpRound(l, data, onDay(opensOn));
  const added = await addRespondents(
    l.trx,
    l.caller,
    round.id,
    { respondents: data.respondents.map((r) => ({ organisationId: l.keys.get('organisation', r.org) })) },
    onDay(opensOn),
  );
  const ids = added.map((r) => r.id);
  await interview(l, data, ids);
  const closedAt = new Date(`${closesOn}T16:00:00+03:00`);
  await closeRound(l.trx, l.caller, round.id, closedAt);
  await markExampleRound(l.trx, round.id);
  const afterwards = new Date(closedAt.getTime() + 24 * 3600_000);
  const reviewed = await review(l, round.id, afterwards);
  await codeAnswers(l, data, ids, round.id, afterwards);
  return { mappingRounds: 1, roundRespondents: ids.length, ...reviewed };
}
