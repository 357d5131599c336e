/** The workshop's record as Word or Excel in the reader's language (src/reports/workshop.ts renders it). */
import type { Language } from '../../../reports/labels.js';
import { CONTENT_TYPES } from '../../../reports/picture-report.js';
import { workshopDocx, workshopXlsx, type WorkshopRecord } from '../../../reports/workshop.js';
import type { Caller } from '../../auth/caller.js';
import type { Database } from '../../db/database.js';
import { readable } from './workshops.access.js';
import * as repo from './workshops.repository.js';

type Titled = { titleFi: string; titleSv: string | null; titleEn: string | null };
const titleIn = (row: Titled, lang: Language) =>
  (lang === 'sv' ? row.titleSv : lang === 'en' ? row.titleEn : null) ?? row.titleFi;

async function recordOf(db: Database, row: repo.WorkshopRow, lang: Language): Promise<WorkshopRecord> {
  const [phases, ideas, groups, dots, participants, strategy, heldAt] = await Promise.all([
    repo.phasesOf(db, row.id),
    repo.ideasOf(db, row.id),
    repo.groupsOf(db, row.id),
    repo.groupDots(db, row.id),
    repo.participantsOf(db, row.id),
    repo.strategyTitles(db, row.strategyId),
    repo.heldAt(db, row),
  ]);
  const phaseTitle = new Map(phases.map((p) => [p.id, titleIn(p, lang)]));
  const groupTitle = new Map(groups.map((g) => [g.id, g.title]));
  const counts = new Map<string, number>();
  for (const p of participants)
    counts.set(p.organisationName.trim(), (counts.get(p.organisationName.trim()) ?? 0) + 1);
  return {
    title: titleIn(row, lang),
    strategy: titleIn(strategy, lang),
    heldAt: heldAt.toISOString(),
    voteBudget: row.voteBudget,
    ideas: ideas.map((i) => ({
      phase: phaseTitle.get(i.phaseId) ?? '',
      text: i.text,
      group: i.groupId ? (groupTitle.get(i.groupId) ?? null) : null,
      dots: i.dots,
      byFacilitator: i.participantId === null,
    })),
    groups: groups.map((g) => ({
      title: g.title,
      ideas: ideas.filter((i) => i.groupId === g.id).length,
      dots: dots.get(g.id) ?? 0,
    })),
    organisations: [...counts]
      .map(([organisation, n]) => ({ organisation, participants: n }))
      .sort((a, b) => b.participants - a.participants || a.organisation.localeCompare(b.organisation, 'fi')),
  };
}

export async function workshopFile(
  db: Database,
  caller: Caller,
  id: string,
  format: 'docx' | 'xlsx',
  lang: Language,
) {
  const row = await readable(db, caller, await repo.findWorkshop(db, id));
  const record = await recordOf(db, row, lang);
  const body = await (format === 'xlsx' ? workshopXlsx(record, lang) : workshopDocx(record, lang));
  return { body, contentType: CONTENT_TYPES[format], fileName: `workshop-${lang}.${format}` };
}
