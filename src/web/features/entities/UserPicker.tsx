import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';
import type { PickerProps } from './ReferencePicker';

/** Empty choice: suomifi's Dropdown needs a value for every item. */
const NONE = '';

type Owner = { id: string; name: string | null };

// A workspace's users change seldom: asked once per page load and workspace.
const asked = new Map<string, Promise<Owner[]>>();

/** The users of a workspace (an id or a slug) who may own its contacts, by display name. */
export function workspaceUsers(workspace: string): Promise<Owner[]> {
  let users = asked.get(workspace);
  if (!users) {
    users = api.get('/pipeline/owners', { query: { workspace } }).then((r) => r.items);
    users.catch(() => asked.delete(workspace));
    asked.set(workspace, users);
  }
  return users;
}

/** A user's name, never their id or address. */
export function useUserName() {
  const { t } = useTranslation();
  return (user: Owner | undefined) => user?.name ?? t('entities.unnamedUser');
}

/** Picks a user of the record's workspace by name (a contact's owner); `workspace`: its id or slug. */
export function UserPicker({ workspace, value, onChange, ...input }: PickerProps & { workspace?: string }) {
  const { t } = useTranslation();
  const nameOf = useUserName();
  const users = useApi(workspace ? `users-${workspace}` : null, () => workspaceUsers(workspace!));
  const listed = users.data ?? [];
  // An owner no longer among the workspace's users stays chosen until changed, under a word, not an id.
  const gone = value && users.state === 'ready' && !listed.some((u) => u.id === value);
  return (
    <Dropdown {...input} value={value} onChange={(v: string) => onChange(v)} fullWidth>
      {[
        <DropdownItem key={NONE} value={NONE}>
          {t('entities.noChoice')}
        </DropdownItem>,
        ...listed.map((u) => (
          <DropdownItem key={u.id} value={u.id}>
            {nameOf(u)}
          </DropdownItem>
        )),
        ...(gone
          ? [
              <DropdownItem key={value} value={value}>
                {t('entities.formerUser')}
              </DropdownItem>,
            ]
          : []),
      ]}
    </Dropdown>
  );
}

/** A user's name on a record's page: looked up among the users of the record's workspace. */
export function UserName({ workspace, id }: { workspace?: string; id: string }) {
  const { t } = useTranslation();
  const nameOf = useUserName();
  const users = useApi(workspace ? `users-${workspace}` : null, () => workspaceUsers(workspace!));
  if (users.state === 'loading' && workspace) return <span className="muted">…</span>;
  const user = users.data?.find((u) => u.id === id);
  return user ? <>{nameOf(user)}</> : <span className="muted">{t('entities.formerUser')}</span>;
}
