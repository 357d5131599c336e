/**
 * The current-state phase (issue 16): the participants see what the picture of the strategy's ecosystem,
 * town or network says at a glance and about its strengths, from public data only.
 */
import type { STRATEGY_SCOPES } from '../../../domain/enums.js';
import type { Language } from '../../../reports/labels.js';
import type { Database } from '../../db/database.js';
import type { PictureCache } from '../pictures/picture.cache.js';
import { publicOpeningFindings } from '../pictures/picture.service.js';
import { participantOf } from './participants.service.js';
import * as repo from './workshops.repository.js';

type StrategyScope = (typeof STRATEGY_SCOPES)[number];

export async function currentStateFor(
  db: Database,
  cache: PictureCache,
  participant: { code: string; token: string | undefined },
  lang: Language,
  now: Date,
) {
  const { row } = await participantOf(db, participant.code, participant.token);
  const strategy = await repo.strategyScope(db, row.strategyId);
  const scope = strategy.scope as StrategyScope;
  const key =
    scope === 'ecosystem'
      ? strategy.ecosystemId
      : scope === 'network'
        ? strategy.networkId
        : strategy.municipalityCode;
  const findings = key ? await publicOpeningFindings(db, cache, scope, key, lang, now) : null;
  return { scope, findings: findings ?? [] };
}
