/** The events the caller may see as an iCalendar file, optionally of one network or ecosystem. */
import { writeICalendar, type CalendarEvent } from '../../../formats/writers/index.js';
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';

export type CalendarOptions = {
  networkId?: string;
  ecosystemId?: string;
  language?: 'fi' | 'sv' | 'en';
  now?: Date;
};

export async function eventsCalendar(db: Database, caller: Caller, options: CalendarOptions = {}) {
  let q = applyVisibility(db.selectFrom('events as e'), caller, 'e')
    .leftJoin('municipalities as m', 'm.code', 'e.municipalityCode')
    .select([
      'e.id',
      'e.kind',
      'e.titleFi',
      'e.titleSv',
      'e.titleEn',
      'e.descriptionFi',
      'e.descriptionSv',
      'e.descriptionEn',
      'e.startsAt',
      'e.endsAt',
      'e.location',
      'e.isOnline',
      'e.onlineUrl',
      'e.updatedAt',
      'm.nameFi as municipalityFi',
      'm.nameSv as municipalitySv',
    ]);
  if (options.networkId) q = q.where('e.networkId', '=', options.networkId);
  if (options.ecosystemId) q = q.where('e.ecosystemId', '=', options.ecosystemId);
  const rows = await q.orderBy('e.startsAt').orderBy('e.id').execute();
  const language = options.language ?? 'fi';
  const events: CalendarEvent[] = rows.map(({ municipalityFi, municipalitySv, ...event }) => ({
    ...event,
    municipality: (language === 'sv' ? municipalitySv : null) ?? municipalityFi,
  }));
  return writeICalendar(events, { name: 'Solmu', language, stamp: options.now });
}
