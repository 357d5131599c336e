import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { label } from '../../i18n/dynamic';
import { formatDate, localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import type { Network } from '../../shared/network-map/data';
import { PageTitle } from '../../ui/PageTitle';
import { NetworkSummary } from './NetworkSummary';

type Props = { network: Network; relationCount: number; pageKey: string };

/**
 * What a network's page opens with, kept short so the map below it is on the first screen: the name, its
 * kind and period, one line of figures and the links to its picture and its towns' progress.
 */
export function NetworkHeader({ network: n, relationCount, pageKey }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const name = localized(n, 'name', lang);
  const period = [formatDate(n.startOn as string | null, lang), formatDate(n.endOn as string | null, lang)];
  return (
    <>
      <p className="network-back">
        <Link to={`/${lang}/networks`}>{t('network.backToList')}</Link>
      </p>
      <PageTitle lang={name.lang === lang ? undefined : name.lang}>{name.text}</PageTitle>
      <p className="muted network-meta">
        {label(t, 'networkKind', n.kind ?? '')}
        {period[0] && period[1] && ` · ${t('network.period', { start: period[0], end: period[1] })}`}
        {period[0] && !period[1] && ` · ${t('network.periodFrom', { start: period[0] })}`}
        {!period[0] && period[1] && ` · ${t('network.periodUntil', { end: period[1] })}`}
      </p>
      <div className="network-facts">
        <NetworkSummary
          memberCount={n.memberCount}
          municipalityCount={n.coverage.municipalityCount}
          regionCount={n.coverage.regionCount}
          relationCount={relationCount}
        />
        <p className="network-links">
          <Link to={`/${lang}/pictures/network/${encodeURIComponent(pageKey)}`}>
            {t('picture.openForNetwork')}
          </Link>
          <Link to={`/${lang}/networks/${n.id}/progress`}>{t('strategy.progressLink')}</Link>
        </p>
      </div>
    </>
  );
}
