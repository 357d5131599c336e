import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { Pipeline } from '../features/pipeline/Pipeline';
import { useAuth } from '../shared/auth';
import { NotAllowed } from '../shared/NotAllowed';
import { PageTitle } from '../ui/PageTitle';

export function PipelinePage() {
  const { t } = useTranslation();
  const { me, ready } = useAuth();
  return (
    <>
      <PageTitle>{t('pipeline.title')}</PageTitle>
      <Paragraph mb="m">{t('pipeline.intro')}</Paragraph>
      {ready && (me.user ? <Pipeline /> : <NotAllowed what="edit" />)}
    </>
  );
}
