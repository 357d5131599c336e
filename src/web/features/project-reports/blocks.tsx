import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { label } from '../../i18n/dynamic';
import { formatDate, formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import type { ReportData } from './api';

type Row = { id: string; name: string; cells: ReactNode[] };
export type BlockView = { columns: string[]; rows: Row[]; omittable: boolean };

const span = (a: string | null, b: string | null, lang: Lang) =>
  a || b ? `${formatDate(a, lang)}–${formatDate(b, lang)}` : '';
const valueWithYear = (v: number | null, year: number | null, lang: Lang) =>
  v === null ? '' : `${formatNumber(v, lang)}${year ? ` (${year})` : ''}`;
const counts = (c: Record<string, number>, name: (code: string) => string) =>
  Object.entries(c)
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${name(code)} ${n}`)
    .join(', ');

/** Each block of data as the editor shows it: columns and rows, each row named for its checkbox. */
export function blockView(block: string, d: ReportData, t: TFunction, lang: Lang): BlockView {
  switch (block) {
    case 'project': {
      const p = d.project;
      return {
        omittable: false,
        columns: [
          t('projectReport.col.name'),
          t('projectReport.col.programme'),
          t('projectReport.col.funders'),
          t('projectReport.col.projectPeriod'),
          t('projectReport.col.budget'),
        ],
        rows: [
          {
            id: p.id,
            name: p.name,
            cells: [
              p.name,
              p.programme ?? '',
              p.funders.join(', '),
              span(p.startOn, p.endOn, lang),
              p.budgetEur === null ? '' : `${formatNumber(p.budgetEur, lang)} €`,
            ],
          },
        ],
      };
    }
    case 'roles':
      return {
        omittable: true,
        columns: [
          t('projectReport.col.organisation'),
          t('projectReport.col.role'),
          t('projectReport.col.kind'),
        ],
        rows: d.roles.map((r) => ({
          id: r.id,
          name: `${r.organisation}, ${label(t, 'projectRole', r.role)}`,
          cells: [r.organisation, label(t, 'projectRole', r.role), label(t, 'organisationKind', r.kind)],
        })),
      };
    case 'events':
      return {
        omittable: true,
        columns: [
          t('projectReport.col.event'),
          t('projectReport.col.kind'),
          t('projectReport.col.date'),
          t('projectReport.col.participants'),
          t('projectReport.col.byKind'),
        ],
        rows: d.events.map((e) => ({
          id: e.id,
          name: e.title,
          cells: [
            e.title,
            label(t, 'eventKind', e.kind),
            formatDate(e.startsAt, lang),
            formatNumber(e.participants, lang),
            counts(e.byKind, (k) =>
              k === 'person' ? t('projectReport.person') : label(t, 'organisationKind', k),
            ),
          ],
        })),
      };
    default:
      return moreBlocks(block, d, t, lang);
  }
}

function moreBlocks(block: string, d: ReportData, t: TFunction, lang: Lang): BlockView {
  switch (block) {
    case 'workshops':
      return {
        omittable: true,
        columns: [
          t('projectReport.col.workshop'),
          t('projectReport.col.event'),
          t('projectReport.col.date'),
          t('projectReport.col.participants'),
          t('projectReport.col.ideas'),
          t('projectReport.col.made'),
        ],
        rows: d.workshops.map((w) => ({
          id: w.id,
          name: w.title,
          cells: [
            w.title,
            w.event ?? '',
            formatDate(w.on, lang),
            t('projectReport.workshopParticipants', {
              participants: formatNumber(w.participants, lang),
              organisations: formatNumber(w.organisations, lang),
            }),
            formatNumber(w.ideas, lang),
            t('projectReport.workshopMade', {
              goals: formatNumber(w.goals, lang),
              actions: formatNumber(w.actions, lang),
            }),
          ],
        })),
      };
    case 'mapping':
      return {
        omittable: true,
        columns: [
          t('projectReport.col.round'),
          t('projectReport.col.date'),
          t('projectReport.col.respondents'),
        ],
        rows: d.mapping.map((m) => ({
          id: m.id,
          name: m.name,
          cells: [m.name, span(m.opensOn, m.closesOn, lang), `${m.respondents} / ${m.answered}`],
        })),
      };
    case 'pictures':
      return {
        omittable: true,
        columns: [t('projectReport.col.picture'), t('projectReport.col.scope'), t('projectReport.col.date')],
        rows: d.pictures.map((p) => ({
          id: p.id,
          name: `${p.kind === 'snapshot' ? t('projectReport.snapshot') : t('projectReport.report')}: ${p.scopeName}`,
          cells: [
            p.kind === 'snapshot' ? t('projectReport.snapshot') : t('projectReport.report'),
            p.scopeName,
            formatDate(p.on, lang),
          ],
        })),
      };
    case 'goals':
      return {
        omittable: true,
        columns: [
          t('projectReport.col.goal'),
          t('projectReport.col.indicator'),
          t('projectReport.col.baseline'),
          t('projectReport.col.target'),
          t('projectReport.col.actual'),
        ],
        rows: d.goals.map((g) => ({
          id: g.id,
          name: g.title,
          cells: [
            g.title,
            g.unit ? `${g.indicator} (${g.unit})` : g.indicator,
            valueWithYear(g.baselineValue, g.baselineYear, lang),
            valueWithYear(g.targetValue, g.targetYear, lang),
            g.actualValue === null
              ? ''
              : `${formatNumber(g.actualValue, lang)} (${formatDate(g.actualOn, lang)})`,
          ],
        })),
      };
    case 'actions':
      return {
        omittable: true,
        columns: [
          t('projectReport.col.action'),
          t('projectReport.col.status'),
          t('projectReport.col.owner'),
          t('projectReport.col.projectPeriod'),
        ],
        rows: d.actions.map((a) => ({
          id: a.id,
          name: a.title,
          cells: [a.title, label(t, 'actionStatus', a.status), a.owner ?? '', span(a.startOn, a.endOn, lang)],
        })),
      };
    default:
      return {
        omittable: true,
        columns: [t('projectReport.col.organisation'), t('projectReport.col.wonOn')],
        rows: d.contacts.won.map((w) => ({
          id: w.id,
          name: w.organisation,
          cells: [w.organisation, formatDate(w.on, lang)],
        })),
      };
  }
}
