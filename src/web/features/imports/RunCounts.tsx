import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import type { ImportRun } from './api';

/** Rows read, created, updated, unchanged and bad, as key figures. */
export function RunCounts({ counts }: { counts: ImportRun['counts'] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const figures: [string, number][] = [
    [t('imports.countRows'), counts.rows],
    [t('imports.countCreated'), counts.created],
    [t('imports.countUpdated'), counts.updated],
    [t('imports.countUnchanged'), counts.unchanged],
    [t('imports.countFailed'), counts.failed],
  ];
  return (
    <ul className="key-figures" aria-label={t('imports.counts')}>
      {figures.map(([name, value]) => (
        <li key={name} className="key-figure">
          <strong>{formatNumber(value, lang)}</strong> {name}
        </li>
      ))}
    </ul>
  );
}
