import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/lang';

type Props = { memberCount: number; municipalityCount: number; regionCount: number; relationCount: number };

/** The network in one line under its name: how many members, towns, regions and relations it has. */
export function NetworkSummary({ memberCount, municipalityCount, regionCount, relationCount }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const figure = (testId: string, count: number, word: string) => (
    <li data-testid={testId}>
      <strong>{formatNumber(count, lang)}</strong> {word}
    </li>
  );
  return (
    <ul className="network-summary" aria-label={t('overview.keyFigures')}>
      {figure('member-count', memberCount, t('overview.members', { count: memberCount }))}
      {figure(
        'municipality-count',
        municipalityCount,
        t('overview.municipalities', { count: municipalityCount }),
      )}
      {figure('region-count', regionCount, t('overview.regions', { count: regionCount }))}
      {figure('relation-count', relationCount, t('network.relations', { count: relationCount }))}
    </ul>
  );
}
