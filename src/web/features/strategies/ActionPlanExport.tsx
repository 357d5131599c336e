import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useLang } from '../../i18n/lang';
import type { Strategy } from './model';

/** The yearly action plan as an Excel workbook in the page's language, for a year of the strategy. */
export function ActionPlanExport({ strategy }: { strategy: Strategy }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { startYear, endYear } = strategy;
  const thisYear = new Date().getFullYear();
  const years =
    startYear !== null && endYear !== null
      ? Array.from({ length: endYear - startYear + 1 }, (_, i) => startYear + i)
      : [thisYear];
  const [year, setYear] = useState(() => (years.includes(thisYear) ? thisYear : years[0]!));
  const href = api.url('/exports/strategies/{id}/action-plan.xlsx', {
    path: { id: strategy.id },
    query: { year, lang },
  });
  return (
    <section aria-labelledby="action-plan-heading">
      <h2 id="action-plan-heading">{t('strategy.actionPlan')}</h2>
      <p>
        <label htmlFor="action-plan-year">{t('strategy.actionPlanYear')}</label>{' '}
        <select id="action-plan-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>{' '}
        <a href={href} download>
          {t('strategy.actionPlanDownload', { year })}
        </a>
      </p>
    </section>
  );
}
