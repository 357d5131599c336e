import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem } from 'suomifi-ui-components';
import { WORKSPACE_ROLES } from '../../../domain/enums';
import { useApi } from '../../api/useApi';
import { label } from '../../i18n/dynamic';
import { DataTable, type Column } from '../../ui/DataTable';
import { listMembers, removeMember, setMember, type AdminWorkspace, type Member, type User } from './admin';
import { SaveFailed, useAttempt } from '../account/useAttempt';

/** The members of one workspace with their roles (editor or viewer): add, change, remove. */
export function MembersPanel({ workspace, users }: { workspace: AdminWorkspace; users: User[] }) {
  const { t } = useTranslation();
  const members = useApi(`members-${workspace.id}`, (signal) => listMembers(workspace.id, signal), true);
  const [newUser, setNewUser] = useState('');
  const [newRole, setNewRole] = useState<string>('viewer');
  const { failed, attempt } = useAttempt();
  const memberIds = new Set((members.data ?? []).map((m) => m.userId));
  const candidates = users.filter((u) => !memberIds.has(u.id));

  const act = (work: () => Promise<unknown>) => attempt(work).then(() => members.reload());

  const roleItems = WORKSPACE_ROLES.map((r) => (
    <DropdownItem key={r} value={r}>
      {label(t, 'workspaceRole', r)}
    </DropdownItem>
  ));
  const columns: Column<Member>[] = [
    { key: 'email', label: t('auth.email'), render: (m) => m.email },
    {
      key: 'role',
      label: t('admin.role'),
      render: (m) => (
        <Dropdown
          id={`role-${m.userId}`}
          labelText={`${t('admin.role')}: ${m.email}`}
          labelMode="hidden"
          value={m.role}
          onChange={(role: string) => void act(() => setMember(workspace.id, m.userId, role))}
        >
          {roleItems}
        </Dropdown>
      ),
    },
    {
      key: 'actions',
      label: t('account.actions'),
      render: (m) => (
        <Button
          variant="secondary"
          aria-label={`${t('admin.removeMember')}: ${m.email}`}
          onClick={() => void act(() => removeMember(workspace.id, m.userId))}
        >
          {t('admin.removeMember')}
        </Button>
      ),
    },
  ];

  return (
    <div>
      <DataTable
        caption={t('admin.membersCaption', { name: workspace.nameFi })}
        columns={columns}
        rows={members.data ?? []}
        rowKey={(m) => m.userId}
        busy={members.busy}
        empty={members.state === 'loading' ? t('common.loading') : t('admin.membersNone')}
      />
      {candidates.length > 0 && (
        <div className="filters">
          <Dropdown
            id="add-member-user"
            labelText={t('admin.addMemberUser')}
            visualPlaceholder={t('admin.choose')}
            value={newUser}
            onChange={(id: string) => setNewUser(id)}
            fullWidth
          >
            {candidates.map((u) => (
              <DropdownItem key={u.id} value={u.id}>
                {u.email}
              </DropdownItem>
            ))}
          </Dropdown>
          <Dropdown
            id="add-member-role"
            labelText={t('admin.role')}
            value={newRole}
            onChange={(role: string) => setNewRole(role)}
            fullWidth
          >
            {roleItems}
          </Dropdown>
          <div className="form-actions">
            <Button
              disabled={!newUser}
              onClick={() =>
                void act(async () => {
                  await setMember(workspace.id, newUser, newRole);
                  setNewUser('');
                })
              }
            >
              {t('admin.addMember')}
            </Button>
          </div>
        </div>
      )}
      <SaveFailed shown={failed} />
    </div>
  );
}
