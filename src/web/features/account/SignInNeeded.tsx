import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { InlineAlert } from 'suomifi-ui-components';
import { useLang } from '../../i18n/lang';

/** Shown instead of a page that needs a signed-in user, with the way to sign in. */
export function SignInNeeded() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <InlineAlert status="warning" labelText={t('account.signInNeeded')}>
      <Link to={`/${lang}/sign-in`}>{t('auth.signIn')}</Link>
    </InlineAlert>
  );
}
