/**
 * The mapping rounds a picture's scope holds, and what their editors coded and quoted (issue 13): the
 * picture's mappingEvidence. An ecosystem's picture reads the rounds of that ecosystem, a network's the
 * rounds of that network, and a municipality's or region's the rounds of its municipalities and of the
 * ecosystems located there. Only rounds the caller may read count, and only submitted answers.
 */
import { sql } from 'kysely';
import type { EvidenceInput, EvidenceRound } from '../../../analysis/survey-evidence.js';
import type { PictureScope } from '../../../analysis/picture.input.js';
import { questionnaireContent, questionsOf } from '../../../domain/questionnaires.js';
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';

/** The rounds of the scope that the caller may read. */
function roundsInScope(db: Database, caller: Caller, scope: PictureScope) {
  const rounds = applyVisibility(
    db
      .selectFrom('mappingRounds')
      .select(['id', 'nameFi', 'nameSv', 'nameEn', 'questionnaireId', 'version', 'example']),
    caller,
  );
  if (scope.kind === 'ecosystem') return rounds.where('ecosystemId', '=', scope.id).execute();
  if (scope.kind === 'network') return rounds.where('networkId', '=', scope.id).execute();
  const codes = [...(scope.municipalityCodes ?? [])];
  if (codes.length === 0) return Promise.resolve([]);
  const ecosystems = applyVisibility(db.selectFrom('ecosystems').select('id'), caller).where(
    'municipalityCodes',
    '&&',
    sql<string[]>`${codes}::text[]`,
  );
  return rounds
    .where((eb) => eb.or([eb('municipalityCode', 'in', codes), eb('ecosystemId', 'in', ecosystems)]))
    .execute();
}

type RoundRow = Awaited<ReturnType<typeof roundsInScope>>[number];

function submittedCounts(db: Database, roundIds: string[]) {
  return db
    .selectFrom('roundRespondents')
    .select((eb) => ['roundId', eb.cast<number>(eb.fn.countAll(), 'integer').as('n')])
    .where('roundId', 'in', roundIds)
    .where('submittedAt', 'is not', null)
    .groupBy('roundId')
    .execute();
}

function codesOf(db: Database, roundIds: string[]) {
  return db
    .selectFrom('answerCodes as c')
    .innerJoin('roundRespondents as r', 'r.id', 'c.respondentId')
    .select(['r.roundId', 'c.respondentId', 'c.questionKey', 'c.theme'])
    .where('r.roundId', 'in', roundIds)
    .where('r.submittedAt', 'is not', null)
    .execute();
}

function quotesOf(db: Database, roundIds: string[]) {
  return db
    .selectFrom('answerQuotes as q')
    .innerJoin('roundRespondents as r', 'r.id', 'q.respondentId')
    .innerJoin('roundAnswers as a', (join) =>
      join.onRef('a.respondentId', '=', 'q.respondentId').onRef('a.questionKey', '=', 'q.questionKey'),
    )
    .select(['r.roundId', 'q.respondentId', 'q.questionKey', 'a.value'])
    .where('r.roundId', 'in', roundIds)
    .where('r.submittedAt', 'is not', null)
    .execute();
}

/** The question labels of the versions the rounds answered, by round and question key. */
async function questionLabels(db: Database, rounds: RoundRow[]) {
  const labels = new Map<string, EvidenceInput['quotes'][number]['questionLabel']>();
  for (const round of rounds) {
    const row = await db
      .selectFrom('questionnaireVersions')
      .select('content')
      .where('questionnaireId', '=', round.questionnaireId)
      .where('version', '=', round.version)
      .executeTakeFirst();
    const parsed = questionnaireContent.safeParse(row?.content);
    if (parsed.success) for (const q of questionsOf(parsed.data)) labels.set(`${round.id}|${q.key}`, q.label);
  }
  return labels;
}

export async function evidenceOf(db: Database, caller: Caller, scope: PictureScope): Promise<EvidenceInput> {
  const rounds = await roundsInScope(db, caller, scope);
  if (rounds.length === 0) return { rounds: [], codes: [], quotes: [] };
  const ids = rounds.map((r) => r.id);
  const [counts, codes, quotes, labels] = await Promise.all([
    submittedCounts(db, ids),
    codesOf(db, ids),
    quotesOf(db, ids),
    questionLabels(db, rounds),
  ]);
  const submitted = new Map(counts.map((c) => [c.roundId, c.n]));
  const evidenceRounds: EvidenceRound[] = rounds.map((r) => ({
    id: r.id,
    name: { fi: r.nameFi, sv: r.nameSv, en: r.nameEn },
    respondents: submitted.get(r.id) ?? 0,
    example: r.example,
  }));
  return {
    rounds: evidenceRounds,
    codes,
    quotes: quotes.flatMap((q) =>
      typeof q.value === 'string'
        ? [
            {
              roundId: q.roundId,
              respondentId: q.respondentId,
              questionKey: q.questionKey,
              questionLabel: labels.get(`${q.roundId}|${q.questionKey}`) ?? { fi: q.questionKey },
              text: q.value,
            },
          ]
        : [],
    ),
  };
}
