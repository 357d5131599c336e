import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import '../../shared/account.css';

/**
 * "Sign in with single sign-on" when the installation has an OpenID Connect provider. A plain link:
 * the server starts the flow and sends the browser to the provider and back.
 */
export function SingleSignOn() {
  const { t } = useTranslation();
  const options = useApi('auth-options', (signal) => api.get('/auth/options', { signal }));
  if (!options.data?.oidc) return null;
  return (
    <p className="sso">
      <a className="button-link" href="/auth/oidc/start">
        {t('auth.singleSignOn')}
      </a>
    </p>
  );
}
