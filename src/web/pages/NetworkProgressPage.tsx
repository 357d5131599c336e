import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { useApi } from '../api/useApi';
import { loadNetworkProgress } from '../features/strategies/model';
import { NetworkProgressTable } from '../features/strategies/NetworkProgressTable';
import { localized } from '../i18n/format';
import { useLang } from '../i18n/lang';
import { useAuth } from '../shared/auth';
import { ErrorNotice } from '../ui/ErrorNotice';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';

/** The coordinator's view of every town's progress in a network (`/networks/{id}/progress`). */
export function NetworkProgressPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  const { id = '' } = useParams();
  const progress = useApi(`${id}:${me.user?.id ?? ''}`, (signal) => loadNetworkProgress(id, signal));
  if (progress.state === 'loading') return <Loading />;
  if (progress.state === 'error') return <ErrorNotice error={progress.error} />;
  const name = localized(progress.data.network, 'name', lang);
  return (
    <>
      <p>
        <Link to={`/${lang}/networks/${id}`}>{t('strategy.progressBack', { network: name.text })}</Link>
      </p>
      <PageTitle>{t('strategy.progressTitle', { network: name.text })}</PageTitle>
      <p>{t('strategy.progressIntro')}</p>
      <NetworkProgressTable progress={progress.data} />
    </>
  );
}
