import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { InlineAlert } from 'suomifi-ui-components';
import { useLang } from '../i18n/lang';
import { useAuth } from './auth';

/**
 * Said before any typing, in place of a form the caller may not use: the signed-out are asked to sign in,
 * the signed-in are told why not (a viewer's role reads, it does not write) and offered nothing to do.
 */
export function NotAllowed({ what }: { what: 'create' | 'edit' }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { me } = useAuth();
  if (!me.user)
    return (
      <InlineAlert status="warning" labelText={t('access.signInFirst')}>
        <Link to={`/${lang}/sign-in`}>{t('auth.signIn')}</Link>
      </InlineAlert>
    );
  return (
    <InlineAlert
      status="neutral"
      labelText={what === 'create' ? t('access.cannotCreate') : t('access.cannotEdit')}
    >
      {t('access.whoMay')}
    </InlineAlert>
  );
}
