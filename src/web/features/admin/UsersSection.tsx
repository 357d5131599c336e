import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert } from 'suomifi-ui-components';
import type { Loadable } from '../../api/useApi';
import { DataTable, type Column } from '../../ui/DataTable';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { CopyableSecret } from '../../ui/CopyableSecret';
import { SaveFailed, useAttempt } from '../../shared/forms/useAttempt';
import { useAuth } from '../../shared/auth';
import { changeUser, newLoginLink, type User } from './admin';
import { NewUserForm } from './NewUserForm';

type Props = { users: Loadable<User[]> & { busy: boolean }; reload: () => void };

/** Every account: create one (a one-time sign-in link comes back), disable or enable, make admin. */
export function UsersSection({ users, reload }: Props) {
  const { t } = useTranslation();
  const { me } = useAuth();
  const { failed, attempt } = useAttempt();
  const [link, setLink] = useState<{ email: string; url: string } | null>(null);

  const act = (work: () => Promise<unknown>) => attempt(work).then(reload);
  const showLink = (email: string, url: string | null) => {
    if (url) setLink({ email, url: new URL(url, location.origin).href });
  };

  const columns: Column<User>[] = [
    { key: 'email', label: t('auth.email'), render: (u) => u.email },
    { key: 'name', label: t('account.name'), render: (u) => u.displayName ?? '' },
    {
      key: 'admin',
      label: t('account.admin'),
      render: (u) => (u.isAdmin ? t('common.yes') : t('common.no')),
    },
    {
      key: 'state',
      label: t('admin.userState'),
      render: (u) => (u.disabledAt ? t('admin.userDisabled') : t('admin.userActive')),
    },
    {
      key: 'actions',
      label: t('account.actions'),
      render: (u) =>
        u.id === me.user?.id ? null : (
          <div className="row-actions">
            <Button
              variant="secondary"
              aria-label={`${u.disabledAt ? t('admin.enable') : t('admin.disable')}: ${u.email}`}
              onClick={() => void act(() => changeUser(u.id, { disabled: !u.disabledAt }))}
            >
              {u.disabledAt ? t('admin.enable') : t('admin.disable')}
            </Button>
            <Button
              variant="secondary"
              aria-label={`${u.isAdmin ? t('admin.revokeAdmin') : t('admin.makeAdmin')}: ${u.email}`}
              onClick={() => void act(() => changeUser(u.id, { isAdmin: !u.isAdmin }))}
            >
              {u.isAdmin ? t('admin.revokeAdmin') : t('admin.makeAdmin')}
            </Button>
            <Button
              variant="secondary"
              aria-label={`${t('admin.newLink')}: ${u.email}`}
              onClick={() => void act(async () => showLink(u.email, (await newLoginLink(u.id)).loginLink))}
            >
              {t('admin.newLink')}
            </Button>
          </div>
        ),
    },
  ];

  return (
    <section className="panel" aria-labelledby="users-heading">
      <h2 id="users-heading">{t('admin.usersTitle')}</h2>
      {/* The form comes before the list: rows arriving must not move it under the admin's pointer. */}
      <NewUserForm
        onCreated={(email, url) => {
          showLink(email, url);
          reload();
        }}
      />
      {link && (
        <InlineAlert status="warning" labelText={t('admin.linkTitle', { email: link.email })}>
          <p>{t('admin.linkHelp')}</p>
          <CopyableSecret id="admin-login-link" label={t('admin.link')} value={link.url} />
        </InlineAlert>
      )}
      <SaveFailed shown={failed} />
      {users.state === 'error' && <ErrorNotice error={users.error} />}
      <DataTable
        caption={t('admin.usersCaption')}
        columns={columns}
        rows={users.data ?? []}
        rowKey={(u) => u.id}
        busy={users.busy}
        empty={users.state === 'loading' ? t('common.loading') : t('admin.usersNone')}
      />
    </section>
  );
}
