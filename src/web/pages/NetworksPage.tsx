import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useApi } from '../api/useApi';
import { useAuth } from '../shared/auth';
import { NetworkCard } from '../features/overview/CommunityCards';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { NetworkCreateLink } from '../features/entities/NetworkCreateLink';
import { PageTitle } from '../ui/PageTitle';

export function NetworksPage() {
  const { t } = useTranslation();
  const { me, ready } = useAuth();
  const networks = useApi(ready ? (me.user?.id ?? 'anonymous') : null, () => api.getAll('/networks'));
  return (
    <>
      <PageTitle>{t('networks.title')}</PageTitle>
      <p>{t('networks.intro')}</p>
      <NetworkCreateLink />
      {networks.state === 'loading' && <Loading />}
      {networks.state === 'error' && <ErrorNotice error={networks.error} />}
      {networks.state === 'ready' && (
        <div className="grid">
          {networks.data.map((n) => (
            <NetworkCard key={n.id} network={n} level={2} />
          ))}
        </div>
      )}
      {networks.state === 'ready' && networks.data.length === 0 && (
        <p className="muted">{t('overview.noNetworks')}</p>
      )}
    </>
  );
}
