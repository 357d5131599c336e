import { useTranslation } from 'react-i18next';
import { SignInNeeded } from '../features/account/SignInNeeded';
import { OwnDataSection } from '../features/account/OwnDataSection';
import { PasswordSection } from '../features/account/PasswordSection';
import { TokensSection } from '../features/account/TokensSection';
import { TotpSection } from '../features/account/TotpSection';
import { useAuth } from '../shared/auth';
import { label } from '../i18n/dynamic';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';
import '../shared/account.css';

/** The signed-in user's own account: who they are, password, second factor and API tokens. */
export function AccountPage() {
  const { t } = useTranslation();
  const { me, ready } = useAuth();
  if (!ready) return <Loading />;
  if (!me.user) {
    return (
      <>
        <PageTitle>{t('account.title')}</PageTitle>
        <SignInNeeded />
      </>
    );
  }
  return (
    <>
      <PageTitle>{t('account.title')}</PageTitle>
      <section className="panel" aria-labelledby="who-heading">
        <h2 id="who-heading">{t('account.whoTitle')}</h2>
        <dl className="details">
          <div className="details-row">
            <dt>{t('account.name')}</dt>
            <dd>{me.user.displayName ?? '–'}</dd>
          </div>
          <div className="details-row">
            <dt>{t('auth.email')}</dt>
            <dd>{me.user.email}</dd>
          </div>
          <div className="details-row">
            <dt>{t('account.workspaces')}</dt>
            <dd>
              {me.workspaces.length === 0 && '–'}
              {me.workspaces.map((w) => (
                <span key={w.id} className="workspace-role">
                  <span lang="fi">{w.nameFi}</span> ({label(t, 'workspaceRole', w.role)})
                </span>
              ))}
            </dd>
          </div>
          {me.user.isAdmin && (
            <div className="details-row">
              <dt>{t('account.admin')}</dt>
              <dd>{t('common.yes')}</dd>
            </div>
          )}
        </dl>
      </section>
      <PasswordSection />
      <TotpSection />
      <TokensSection />
      <OwnDataSection />
    </>
  );
}
