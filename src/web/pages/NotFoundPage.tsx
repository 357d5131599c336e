import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { useLang } from '../i18n/lang';
import { PageTitle } from '../ui/PageTitle';

export function NotFoundPage() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <PageTitle>{t('notFound.title')}</PageTitle>
      <Paragraph mb="m">{t('notFound.text')}</Paragraph>
      <Link to={`/${lang}/`}>{t('notFound.home')}</Link>
    </>
  );
}
