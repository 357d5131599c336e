import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { useApi } from '../../api/useApi';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { listWorkspaces, type NetworkRef, type User } from './admin';
import { MembersPanel } from './MembersPanel';
import { NewWorkspaceForm } from './NewWorkspaceForm';
import { WorkspaceNetworksPanel } from './WorkspaceNetworksPanel';

/** Workspaces: create one, and choose one to manage its members and their roles. */
export function WorkspacesSection({ users, networks }: { users: User[]; networks: NetworkRef[] }) {
  const { t } = useTranslation();
  const workspaces = useApi('admin-workspaces', (signal) => listWorkspaces(signal), true);
  const [chosen, setChosen] = useState('');
  const list = workspaces.data ?? [];
  const current = list.find((w) => w.id === chosen) ?? list[0];

  return (
    <section className="panel" aria-labelledby="workspaces-heading">
      <h2 id="workspaces-heading">{t('admin.workspacesTitle')}</h2>
      {workspaces.state === 'error' && <ErrorNotice error={workspaces.error} />}
      {current && (
        <Dropdown
          id="admin-workspace"
          labelText={t('admin.workspace')}
          value={current.id}
          onChange={(id: string) => setChosen(id)}
          fullWidth
        >
          {list.map((w) => (
            <DropdownItem key={w.id} value={w.id}>
              {`${w.nameFi} (${w.slug})`}
            </DropdownItem>
          ))}
        </Dropdown>
      )}
      {current && <MembersPanel workspace={current} users={users} />}
      {current && <WorkspaceNetworksPanel workspace={current} networks={networks} />}
      <NewWorkspaceForm
        onCreated={(id) => {
          setChosen(id);
          workspaces.reload();
        }}
      />
    </section>
  );
}
