import type { Database } from '../../db/database.js';

export type StrategyRow = {
  id: string;
  scope: string;
  ecosystemId: string | null;
  networkId: string | null;
  municipalityCode: string | null;
  workspaceId: string;
  visibility: string;
};

export async function findStrategy(db: Database, id: string): Promise<StrategyRow | undefined> {
  return db
    .selectFrom('strategies')
    .select(['id', 'scope', 'ecosystemId', 'networkId', 'municipalityCode', 'workspaceId', 'visibility'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** What a goal and a development action made from a report's proposal share. */
export type FromProposal = {
  strategyId: string;
  workspaceId: string;
  visibility: string;
  titles: { titleFi: string; titleSv: string | null; titleEn: string | null };
  texts: { fi: string | null; sv: string | null; en: string | null };
  pictureReportId: string;
  reportProposalKey: string;
  by: string;
};

const common = (p: FromProposal) => ({
  strategyId: p.strategyId,
  workspaceId: p.workspaceId,
  visibility: p.visibility,
  ...p.titles,
  pictureReportId: p.pictureReportId,
  reportProposalKey: p.reportProposalKey,
  createdBy: p.by,
  updatedBy: p.by,
});

export async function insertGoal(db: Database, p: FromProposal, indicator: string) {
  const row = await db
    .insertInto('strategyGoals')
    .values({ ...common(p), indicatorFi: indicator })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertAction(db: Database, p: FromProposal) {
  const row = await db
    .insertInto('developmentActions')
    .values({
      ...common(p),
      descriptionFi: p.texts.fi,
      descriptionSv: p.texts.sv,
      descriptionEn: p.texts.en,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
