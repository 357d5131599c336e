/** The events the caller may see as an iCalendar file, optionally of one network or ecosystem. */
import { writeICalendar, type CalendarEvent } from '../../../formats/out/index.js';
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
  const rows = (await q.orderBy('e.startsAt').orderBy('e.id').execute()) as Record<string, unknown>[];
  const language = options.language ?? 'fi';
  const events: CalendarEvent[] = rows.map((r) => ({
    id: String(r.id),
    kind: r.kind as string,
    titleFi: r.titleFi as string,
    titleSv: r.titleSv as string | null,
    titleEn: r.titleEn as string | null,
    descriptionFi: r.descriptionFi as string | null,
    descriptionSv: r.descriptionSv as string | null,
    descriptionEn: r.descriptionEn as string | null,
    startsAt: r.startsAt as Date,
    endsAt: (r.endsAt as Date | null) ?? null,
    location: r.location as string | null,
    municipality: ((language === 'sv' ? r.municipalitySv : null) ?? r.municipalityFi) as string | null,
    isOnline: r.isOnline as boolean,
    onlineUrl: r.onlineUrl as string | null,
    updatedAt: r.updatedAt as Date,
  }));
  return writeICalendar(events, { name: 'Solmu', language, stamp: options.now });
}
