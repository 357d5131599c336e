/** A network's progress view as Excel, from what the caller may read of it, in the reader's language. */
import { textIn } from '../../../domain/text-in-language.js';
import type { Language } from '../../../reports/labels.js';
import { networkProgressXlsx } from '../../../reports/network-progress.js';
import { CONTENT_TYPES } from '../../../reports/picture-report.js';
import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import { networkProgress } from './rollup.service.js';

export async function networkProgressFile(
  db: Database,
  caller: Caller,
  networkId: string,
  today: string,
  lang: Language,
) {
  const { rows } = await networkProgress(db, caller, networkId, today);
  const body = await networkProgressXlsx(
    rows.map((r) => ({
      town: textIn(r.town, 'name', lang),
      strategies: r.strategies.map((s) => textIn(s, 'title', lang)),
      ...r.goals,
      actions: r.actions,
      latestActualOn: r.latestActualOn,
    })),
    lang,
  );
  return { body, contentType: CONTENT_TYPES.xlsx, fileName: `network-progress-${today}-${lang}.xlsx` };
}
