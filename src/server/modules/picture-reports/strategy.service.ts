/**
 * An accepted development target or growth sector becomes a goal or a development action of the scope's
 * strategy in one step: the goal or action, the proposal's acceptance and link, the report's new version
 * and the audit entries are one transaction, so either all of it happens or none.
 */
import { audit } from '../../audit/audit.js';
import type { Caller } from '../../auth/caller.js';
import { canRead, canWrite } from '../../auth/visibility.js';
import { inTransaction, type Database } from '../../db/database.js';
import { AppError, notFound } from '../../errors.js';
import { withProposal, type ReportProposal } from './document.js';
import type { ReportWithContent } from './reports.repository.js';
import { lockedForWrite, refusedAs422, saveVersion } from './reports.service.js';
import {
  findStrategy,
  insertAction,
  insertGoal,
  type FromProposal,
  type StrategyRow,
} from './strategy.repository.js';

export type IntoStrategy = {
  version: number;
  strategyId: string;
  as: 'goal' | 'action';
  indicator?: string;
};

/** The strategy must be the report's scope's own (the town's, the ecosystem's or the network's). */
function sameScope(report: ReportWithContent, strategy: StrategyRow) {
  const owner = {
    municipality: strategy.municipalityCode,
    ecosystem: strategy.ecosystemId,
    network: strategy.networkId,
  };
  if (strategy.scope !== report.scopeKind || owner[report.scopeKind as keyof typeof owner] !== report.scopeId)
    throw new AppError(422, 'other_scope', "The strategy is not this report's scope's", [
      { path: 'strategyId', message: 'Choose a strategy of the same town, ecosystem or network' },
    ]);
}

async function writableStrategy(db: Database, caller: Caller, id: string) {
  const strategy = await findStrategy(db, id);
  if (!strategy || !canRead(caller, strategy)) throw notFound('Strategy');
  if (!canWrite(caller, strategy.workspaceId, strategy.networkId)) {
    await audit(db, caller, {
      action: 'create',
      entity: 'strategy-goals',
      workspaceId: strategy.workspaceId,
      outcome: 'denied',
    });
    throw new AppError(403, 'forbidden', 'You cannot add goals or actions to this strategy');
  }
  return strategy;
}

function proposalOf(report: ReportWithContent, key: string): ReportProposal {
  const proposal = report.content.proposals.find((p) => p.key === key);
  if (!proposal) throw notFound('Proposal');
  if (proposal.strategy) throw new AppError(409, 'in_strategy', 'The proposal is already in the strategy');
  if (proposal.decision === 'rejected')
    throw new AppError(422, 'rejected', 'A rejected proposal does not go into the strategy');
  return proposal;
}

/** The goal's or action's words: the editor's change or the generated text, in the report's language. */
function wordsOf(report: ReportWithContent, proposal: ReportProposal) {
  const title = proposal.title ?? proposal.generated?.title ?? '';
  const text = proposal.text ?? proposal.generated?.text ?? null;
  const lang = report.language;
  return {
    // Finnish is required: a Swedish or English report's words stand in for it until someone translates.
    titles: { titleFi: title, titleSv: lang === 'sv' ? title : null, titleEn: lang === 'en' ? title : null },
    texts: { fi: text, sv: lang === 'sv' ? text : null, en: lang === 'en' ? text : null },
  };
}

export async function proposalIntoStrategy(
  db: Database,
  caller: Caller,
  reportId: string,
  key: string,
  request: IntoStrategy,
  now: Date,
) {
  return inTransaction(db, async (trx) => {
    const report = await lockedForWrite(trx, caller, reportId, 'update', request.version);
    const proposal = proposalOf(report, key);
    const strategy = await writableStrategy(trx, caller, request.strategyId);
    sameScope(report, strategy);
    const made: FromProposal = {
      strategyId: strategy.id,
      workspaceId: strategy.workspaceId,
      visibility: strategy.visibility,
      ...wordsOf(report, proposal),
      pictureReportId: report.id,
      reportProposalKey: key,
      by: caller.label,
    };
    if (request.as === 'goal' && !request.indicator)
      throw new AppError(422, 'indicator_required', 'A goal needs an indicator', [
        { path: 'indicator', message: 'Say how the goal is followed' },
      ]);
    const id =
      request.as === 'goal' ? await insertGoal(trx, made, request.indicator!) : await insertAction(trx, made);
    const entity = request.as === 'goal' ? ('strategy-goals' as const) : ('development-actions' as const);
    await audit(
      trx,
      caller,
      { action: 'create', entity, entityId: id, workspaceId: strategy.workspaceId, outcome: 'ok' },
      now,
    );
    const content = refusedAs422(() =>
      withProposal(report.content, key, (p) => ({
        ...p,
        decision: p.decision === 'changed' ? 'changed' : 'accepted',
        reason: null,
        decidedBy: caller.label,
        decidedAt: now.toISOString(),
        strategy: { kind: request.as, id, strategyId: strategy.id },
      })),
    );
    const change = {
      action: 'intoStrategy',
      proposal: key,
      [request.as === 'goal' ? 'goalId' : 'actionId']: id,
    };
    return { report: await saveVersion(trx, caller, report, { content, change }, now), id, entity };
  });
}
