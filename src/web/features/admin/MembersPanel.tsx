import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { WORKSPACE_ROLES } from '../../../domain/enums';
import { useApi } from '../../api/useApi';
import { label } from '../../i18n/dynamic';
import { SaveFailed, useAttempt } from '../../shared/forms/useAttempt';
import {
  isWorkspaceRole,
  listMembers,
  removeMember,
  setMember,
  type AdminWorkspace,
  type User,
  type WorkspaceRole,
} from './admin';
import { LinkPanel } from './LinkPanel';

/** The members of one workspace with their roles (editor or viewer): add, change, remove. */
export function MembersPanel({ workspace, users }: { workspace: AdminWorkspace; users: User[] }) {
  const { t } = useTranslation();
  const members = useApi(`members-${workspace.id}`, (signal) => listMembers(workspace.id, signal), true);
  const [newRole, setNewRole] = useState<WorkspaceRole>('viewer');
  const { failed, attempt } = useAttempt();

  const roleItems = WORKSPACE_ROLES.map((r) => (
    <DropdownItem key={r} value={r}>
      {label(t, 'workspaceRole', r)}
    </DropdownItem>
  ));
  const changeRole = (userId: string, role: WorkspaceRole) =>
    attempt(() => setMember(workspace.id, userId, role)).then(() => members.reload());

  return (
    <>
      <LinkPanel
        id="add-member-user"
        caption={t('admin.membersCaption', { name: workspace.nameFi })}
        nameLabel={t('auth.email')}
        items={members.data?.map((m) => ({ id: m.userId, label: m.email, role: m.role }))}
        candidates={users.map((u) => ({ id: u.id, label: u.email }))}
        chooseLabel={t('admin.addMemberUser')}
        addLabel={t('admin.addMember')}
        add={(userId) => setMember(workspace.id, userId, newRole)}
        remove={(userId) => removeMember(workspace.id, userId)}
        changed={members.reload}
        extraColumns={[
          {
            key: 'role',
            label: t('admin.role'),
            render: (m) => (
              <Dropdown
                id={`role-${m.id}`}
                labelText={`${t('admin.role')}: ${m.label}`}
                labelMode="hidden"
                value={m.role}
                onChange={(role: string) => isWorkspaceRole(role) && void changeRole(m.id, role)}
              >
                {roleItems}
              </Dropdown>
            ),
          },
        ]}
        addExtra={
          <Dropdown
            id="add-member-role"
            labelText={t('admin.role')}
            value={newRole}
            onChange={(role: string) => isWorkspaceRole(role) && setNewRole(role)}
            fullWidth
          >
            {roleItems}
          </Dropdown>
        }
      />
      <SaveFailed shown={failed} />
    </>
  );
}
