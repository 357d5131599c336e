import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { label } from '../../i18n/dynamic';
import { formatNumber, localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { ThemeNames } from '../../shared/ThemeNames';
import type { EcosystemSummary, NetworkSummary } from './overview';

function Figure({ value, text }: { value: number; text: string }) {
  const lang = useLang();
  return (
    <li className="key-figure">
      <strong>{formatNumber(value, lang)}</strong> {text}
    </li>
  );
}

export function NetworkCard({ network: n, level = 3 }: { network: NetworkSummary; level?: 2 | 3 }) {
  const H = level === 2 ? 'h2' : 'h3';
  const { t } = useTranslation();
  const lang = useLang();
  const name = localized(n, 'name', lang);
  const { municipalityCount, regionCount } = n.coverage;
  return (
    <article className="panel" aria-labelledby={`network-${n.id}`}>
      <H id={`network-${n.id}`}>
        <Link to={`/${lang}/networks/${n.slug}`} lang={name.lang === lang ? undefined : name.lang}>
          {name.text}
        </Link>
      </H>
      <p className="muted">{label(t, 'networkKind', n.kind ?? '')}</p>
      <ul className="key-figures" aria-label={t('overview.keyFigures')}>
        <Figure value={n.memberCount} text={t('overview.members', { count: n.memberCount })} />
        <Figure value={municipalityCount} text={t('overview.municipalities', { count: municipalityCount })} />
        <Figure value={regionCount} text={t('overview.regions', { count: regionCount })} />
      </ul>
    </article>
  );
}

export function EcosystemCard({ ecosystem: e }: { ecosystem: EcosystemSummary }) {
  const { t } = useTranslation();
  const lang = useLang();
  const name = localized(e, 'name', lang);
  return (
    <article className="panel" aria-labelledby={`ecosystem-${e.id}`}>
      <h3 id={`ecosystem-${e.id}`} lang={name.lang === lang ? undefined : name.lang}>
        {name.text}
      </h3>
      <ul className="key-figures" aria-label={t('overview.keyFigures')}>
        <Figure value={e.memberCount} text={t('overview.members', { count: e.memberCount })} />
      </ul>
      {e.themes && e.themes.length > 0 && (
        <p>
          {t('overview.themes')}: <ThemeNames themes={e.themes} />
        </p>
      )}
    </article>
  );
}
