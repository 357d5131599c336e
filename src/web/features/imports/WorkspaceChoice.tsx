import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import type { Workspace } from '../../shared/auth';

/** Which workspace new records go to; shown only to those who edit in several. */
export function WorkspaceChoice(props: {
  id: string;
  workspaces: Workspace[];
  value: string;
  onChange: (slug: string) => void;
}) {
  const { t } = useTranslation();
  if (props.workspaces.length < 2) return null;
  return (
    <Dropdown
      id={props.id}
      labelText={t('imports.workspace')}
      value={props.value}
      onChange={props.onChange}
      mb="m"
    >
      {props.workspaces.map((w) => (
        <DropdownItem key={w.slug} value={w.slug}>
          {w.nameFi}
        </DropdownItem>
      ))}
    </Dropdown>
  );
}
