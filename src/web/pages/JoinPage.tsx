import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { isLang } from '../i18n/lang';
import { PageTitle } from '../ui/PageTitle';
import { PublicShell } from '../features/mapping-answer/PublicShell';
import { CodeForm } from '../features/workshop-join/CodeForm';
import { JoinWorkshop } from '../features/workshop-join/JoinWorkshop';

/**
 * A participant's phone page (issue 16), without an account: the code typed in (`/join`) or from the
 * QR code (`/join/{CODE}`), outside the signed-in layout.
 */
export function JoinPage() {
  const { t } = useTranslation();
  const { lang, code } = useParams();
  if (!isLang(lang)) return <Navigate replace to={`/fi/join${code ? `/${encodeURIComponent(code)}` : ''}`} />;
  return (
    <PublicShell>
      {code ? (
        <JoinWorkshop key={code} code={code} />
      ) : (
        <>
          <PageTitle>{t('join.title')}</PageTitle>
          <Paragraph mb="m">{t('join.intro')}</Paragraph>
          <CodeForm />
        </>
      )}
    </PublicShell>
  );
}
