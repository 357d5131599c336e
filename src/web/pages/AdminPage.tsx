import { useTranslation } from 'react-i18next';
import { InlineAlert } from 'suomifi-ui-components';
import { useApi } from '../api/useApi';
import { SignInNeeded } from '../features/account/SignInNeeded';
import { listAllNetworks, listUsers } from '../features/admin/admin';
import { CoordinatorsSection } from '../features/admin/CoordinatorsSection';
import { AuditSection } from '../features/admin/AuditSection';
import { NationalBaselineSection } from '../features/admin/NationalBaselineSection';
import { PersonDataSection } from '../features/admin/PersonDataSection';
import { UsersSection } from '../features/admin/UsersSection';
import { WorkspacesSection } from '../features/admin/WorkspacesSection';
import { useAuth } from '../shared/auth';
import { Loading } from '../ui/Loading';
import { PageTitle } from '../ui/PageTitle';
import '../shared/account.css';

/**
 * Administration of the installation: users, workspaces and members, the audit log, people's data, the
 * national baseline of the pictures.
 */
export function AdminPage() {
  const { t } = useTranslation();
  const { me, ready } = useAuth();
  const isAdmin = me.user?.isAdmin ?? false;
  const users = useApi(isAdmin ? 'admin-users' : null, (signal) => listUsers(signal), true);
  const networks = useApi(isAdmin ? 'admin-networks' : null, () => listAllNetworks());
  if (!ready) return <Loading />;
  if (!me.user || !isAdmin) {
    return (
      <>
        <PageTitle>{t('admin.title')}</PageTitle>
        {me.user ? (
          <InlineAlert status="warning" labelText={t('admin.noAccessTitle')}>
            {t('admin.noAccess')}
          </InlineAlert>
        ) : (
          <SignInNeeded />
        )}
      </>
    );
  }
  const userList = users.data ?? [];
  const networkList = networks.data ?? [];
  return (
    <>
      <PageTitle>{t('admin.title')}</PageTitle>
      <nav aria-label={t('admin.sections')} className="panel">
        <ul className="plain-list">
          <li>
            <a href="#users-heading">{t('admin.usersTitle')}</a>
          </li>
          <li>
            <a href="#workspaces-heading">{t('admin.workspacesTitle')}</a>
          </li>
          <li>
            <a href="#coordinators-heading">{t('admin.coordinatorsTitle')}</a>
          </li>
          <li>
            <a href="#audit-heading">{t('admin.auditTitle')}</a>
          </li>
          <li>
            <a href="#people-data-heading">{t('admin.peopleTitle')}</a>
          </li>
          <li>
            <a href="#national-baseline-heading">{t('admin.baselineTitle')}</a>
          </li>
        </ul>
      </nav>
      <UsersSection users={users} reload={users.reload} />
      <WorkspacesSection users={userList} networks={networkList} />
      <CoordinatorsSection users={userList} networks={networkList} />
      <AuditSection users={userList} />
      <PersonDataSection />
      <NationalBaselineSection />
    </>
  );
}
