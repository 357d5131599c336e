import { useTranslation } from 'react-i18next';
import { PartnerSearch } from '../features/partner-search/PartnerSearch';
import { useAuth } from '../shared/auth';
import { NotAllowed } from '../shared/NotAllowed';
import { PageTitle } from '../ui/PageTitle';

/** Partner search by competence need (`/{lang}/partner-search?competenceId=…&scope=…`), for signed-in readers. */
export function PartnerSearchPage() {
  const { t } = useTranslation();
  const { me, ready } = useAuth();
  return (
    <>
      <PageTitle>{t('partnerSearch.title')}</PageTitle>
      <p>{t('partnerSearch.intro')}</p>
      {ready && !me.user ? <NotAllowed what="create" /> : <PartnerSearch />}
    </>
  );
}
