/**
 * The workshops a project's report counts: those held (opened, not drafts) in the period at one of the
 * project's events or on one of the strategies the report reads, each with its participants, the
 * organisations they named, its ideas and the goals and actions made from it. Counts only: no
 * participant's name leaves here.
 */
import { sql } from 'kysely';
import { textIn } from '../../../domain/text-in-language.js';
import type { Caller } from '../../auth/caller.js';
import { applyVisibility } from '../../auth/visibility.js';
import type { Database } from '../../db/database.js';
import { helsinkiDay, titleCols, type Lang, type Period } from './project-reports.data.js';

const counted = (table: string, what = 'count(*)') =>
  sql<string>`(select ${sql.raw(what)} from ${sql.table(table)} x where x.workshop_id = w.id)`;

export async function workshopsBlock(
  db: Database,
  caller: Caller,
  projectId: string,
  strategies: { id: string }[],
  p: Period,
  lang: Lang,
) {
  const day = sql<string>`coalesce(${helsinkiDay('e.startsAt')}, ${helsinkiDay('w.createdAt')})`;
  const strategyIds = strategies.map((s) => s.id);
  const q = db
    .selectFrom('workshops as w')
    .leftJoin('events as e', 'e.id', 'w.eventId')
    .select(['w.id', ...titleCols('w')])
    .select([
      'e.titleFi as eventFi',
      'e.titleSv as eventSv',
      'e.titleEn as eventEn',
      sql<string>`${day}::text`.as('on'),
      counted('workshop_participants').as('participants'),
      counted('workshop_participants', "count(distinct nullif(trim(x.organisation_name), ''))").as(
        'organisations',
      ),
      counted('workshop_ideas').as('ideas'),
      counted('strategy_goals').as('goals'),
      counted('development_actions').as('actions'),
    ])
    .where('w.status', '!=', 'draft')
    .where((eb) =>
      eb.or([
        eb('e.projectId', '=', projectId),
        ...(strategyIds.length ? [eb('w.strategyId', 'in', strategyIds)] : []),
      ]),
    )
    .where(day, '>=', p.periodStart)
    .where(day, '<=', p.periodEnd)
    .orderBy(day);
  const rows = await applyVisibility(q, caller, 'w').execute();
  return rows.map((r) => ({
    id: r.id,
    title: textIn(r, 'title', lang),
    event: textIn(r, 'event', lang),
    on: r.on,
    participants: Number(r.participants),
    organisations: Number(r.organisations),
    ideas: Number(r.ideas),
    goals: Number(r.goals),
    actions: Number(r.actions),
  }));
}
