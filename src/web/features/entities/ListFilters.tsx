import { useTranslation } from 'react-i18next';
import { Dropdown, DropdownItem } from 'suomifi-ui-components';
import { label } from '../../i18n/dynamic';
import { fieldOf } from './model';
import type { EntityUi } from './resources';
import { enumLabel } from './values';

const ALL = 'all';

type Props = { ui: EntityUi; params: URLSearchParams; onChange: (patch: Record<string, string>) => void };

/** A dropdown per filterable enum of the list (status, kind, role…); the choice goes to the address. */
export function ListFilters({ ui, params, onChange }: Props) {
  const { t } = useTranslation();
  if (!ui.filters?.length) return null;
  return (
    <div className="filters">
      {ui.filters.map((name) => {
        const field = fieldOf(ui, name);
        return (
          <Dropdown
            key={name}
            id={`filter-${name}`}
            labelText={label(t, 'entityField', name)}
            value={params.get(name) || ALL}
            onChange={(v: string) => onChange({ [name]: v === ALL ? '' : v })}
            fullWidth
          >
            {[ALL, ...(field.values ?? [])].map((v) => (
              <DropdownItem key={v} value={v}>
                {v === ALL ? t('organisations.all') : enumLabel(t, field, v)}
              </DropdownItem>
            ))}
          </Dropdown>
        );
      })}
    </div>
  );
}
