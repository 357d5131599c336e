import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Button } from 'suomifi-ui-components';
import { useAuth } from '../shared/auth';
import { useLang } from '../i18n/lang';

/** Who is signed in and in which workspace, with a link to their account; or a sign-in link. */
export function UserStatus() {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const { me, ready, signOut } = useAuth();
  if (!ready) return null;
  if (!me.user) {
    return (
      <Link className="header-link" to={`/${lang}/sign-in`}>
        {t('auth.signIn')}
      </Link>
    );
  }
  const workspaces = me.workspaces.map((w) => w.nameFi).join(', ');
  return (
    <div className="user-status">
      <div className="user-who">
        <span className="user-name">{me.user.displayName ?? me.user.email}</span>
        {workspaces && (
          <span className="user-workspace">
            {t('auth.workspace')}: <span lang="fi">{workspaces}</span>
          </span>
        )}
      </div>
      <Link className="header-link" to={`/${lang}/account`}>
        {t('account.link')}
      </Link>
      <Button
        variant="secondary"
        onClick={() => {
          void signOut().then(() => navigate(`/${lang}/`));
        }}
      >
        {t('auth.signOut')}
      </Button>
    </div>
  );
}
