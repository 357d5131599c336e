import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatNumber } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import type { Counted, KeyFigures } from './figures';

/** The numbers of records the user can see, each a link to its list. */
export function KeyFiguresPanel({ figures }: { figures: KeyFigures }) {
  const { t } = useTranslation();
  const lang = useLang();
  const text: Record<Counted, (count: number) => string> = {
    organisations: (count) => t('overview.countOrganisations', { count }),
    ecosystems: (count) => t('overview.countEcosystems', { count }),
    networks: (count) => t('overview.countNetworks', { count }),
    projects: (count) => t('overview.countProjects', { count }),
    events: (count) => t('overview.countEvents', { count }),
  };
  return (
    <section className="panel" aria-labelledby="figures-heading">
      <h2 id="figures-heading">{t('overview.keyFigures')}</h2>
      <ul className="key-figures">
        {(Object.entries(figures) as [Counted, number][]).map(([path, count]) => (
          <li key={path} className="key-figure">
            <Link to={`/${lang}/${path}`}>
              <strong>{formatNumber(count, lang)}</strong> {text[path](count)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
