import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import { localized } from '../../i18n/format';
import { useLang } from '../../i18n/lang';
import { LocalText } from '../../ui/LocalText';

/** Above the strategies list: each network's towns side by side (the coordinator's progress view). */
export function NetworkProgressLinks() {
  const { t } = useTranslation();
  const lang = useLang();
  const networks = useApi('networks', () => api.getAll('/networks'));
  if (networks.state !== 'ready' || networks.data.length === 0) return null;
  return (
    <nav aria-labelledby="network-progress-heading" className="panel">
      <h2 id="network-progress-heading">{t('strategy.progressLinks')}</h2>
      <ul className="plain-list">
        {networks.data.map((n) => (
          <li key={n.id}>
            <Link to={`/${lang}/networks/${n.id}/progress`}>
              <LocalText text={localized(n, 'name', lang)} />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
