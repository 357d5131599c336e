import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Button, Paragraph } from 'suomifi-ui-components';
import { useAuth } from '../shared/auth';
import { SignInForm } from '../features/auth/SignInForm';
import { SingleSignOn } from '../features/auth/SingleSignOn';
import { useLang } from '../i18n/lang';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';

export function SignInPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { me, ready, signOut } = useAuth();
  const home = () => navigate(`/${lang}/`);
  if (!ready) return <Loading />;
  return (
    <>
      <PageTitle>{t('auth.signInTitle')}</PageTitle>
      {me.user ? (
        <>
          <Paragraph mb="m">
            {t('auth.alreadySignedIn', { who: me.user.displayName ?? me.user.email })}
          </Paragraph>
          <Button variant="secondary" onClick={() => void signOut()}>
            {t('auth.signOut')}
          </Button>
        </>
      ) : (
        <div className="panel">
          <Paragraph mb="m">{t('auth.intro')}</Paragraph>
          <SingleSignOn />
          <SignInForm onSignedIn={home} />
          <Paragraph mt="l">{t('auth.linkHelp')}</Paragraph>
          <Paragraph mt="m">
            <Link to={`/${lang}/join`}>{t('auth.joinWorkshop')}</Link> {t('auth.joinWorkshopHelp')}
          </Paragraph>
        </div>
      )}
    </>
  );
}
